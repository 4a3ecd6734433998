package eu.tandem.casework;

/** The legal hold form as typed, so that a refused hold comes back with the reference and the reason in it. */
class LegalHoldForm {

	private String reference = "";
	private String reason = "";

	public String getReference() { return reference; }
	public void setReference(String reference) { this.reference = reference; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
}
