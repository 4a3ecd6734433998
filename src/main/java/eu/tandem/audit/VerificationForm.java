package eu.tandem.audit;

/** The verification screen's one field: a checkpoint kept outside Tandem, to compare the chain with. Optional. */
class VerificationForm {

	private String checkpoint = "";

	public String getCheckpoint() {
		return checkpoint;
	}

	public void setCheckpoint(String checkpoint) {
		this.checkpoint = checkpoint == null ? "" : checkpoint;
	}
}
