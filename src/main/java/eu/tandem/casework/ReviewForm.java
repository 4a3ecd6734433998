package eu.tandem.casework;

/** A data protection officer's review of one grant as typed; the refused one comes back in its place in the queue. */
class ReviewForm {

	private String grant = "";
	private String note = "";

	public String getGrant() { return grant; }
	public void setGrant(String grant) { this.grant = grant; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
}
