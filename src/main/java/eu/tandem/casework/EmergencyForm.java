package eu.tandem.casework;

/** The break-the-glass form as typed, so that a refused request comes back with the reference and the reason in it. */
class EmergencyForm {

	private String reference = "";
	private String reason = "";

	public String getReference() { return reference; }
	public void setReference(String reference) { this.reference = reference; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
}
