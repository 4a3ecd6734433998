package eu.tandem.sharing;

/**
 * The correction of an item as typed, with the version of the item it was typed against: a correction refused, for a
 * missing reason or because someone corrected the item meanwhile, comes back with the text and the reason kept.
 */
class CorrectionForm {

	private String text = "";
	private String reason = "";
	private String version = "";
	private String asWritten = "";

	static CorrectionForm of(Item item) {
		var form = new CorrectionForm();
		form.text = item.text();
		form.version = String.valueOf(item.version());
		return form;
	}

	/** The version typed against; one that is no number matches no version and is refused as stale. */
	long typedAgainst() {
		return Typed.version(version);
	}

	/** The user has now seen this version: saving again replaces it with what they merged. */
	void seen(Item current) {
		version = String.valueOf(current.version());
	}

	/** Prompted about listed words first, unless the writer answered the prompt with "save as written". */
	Wording wording() {
		return "true".equals(asWritten) ? Wording.AS_WRITTEN : Wording.PROMPT;
	}

	public String getAsWritten() { return asWritten; }
	public void setAsWritten(String asWritten) { this.asWritten = asWritten; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public String getVersion() { return version; }
	public void setVersion(String version) { this.version = version; }
}
