package eu.tandem.plan;

/** The hidden fields every plan form carries: the version it was loaded with (see {@link TypedAgainst}). */
abstract class Against {

	private String number = "";
	private String rowVersion = "";

	TypedAgainst against() {
		return Typed.against(number, rowVersion);
	}

	/** The user has now seen this version: saving again replaces it with what they typed. */
	void seen(TypedAgainst version) {
		number = String.valueOf(version.number());
		rowVersion = String.valueOf(version.rowVersion());
	}

	public String getNumber() { return number; }
	public void setNumber(String number) { this.number = number; }
	public String getRowVersion() { return rowVersion; }
	public void setRowVersion(String rowVersion) { this.rowVersion = rowVersion; }
}
