package eu.tandem.sharing;

/** What sort of item: the words a practitioner would use for it. */
public enum ItemKind {

	NOTE("Note"),
	OBSERVATION("Observation"),
	SCREENER_RESULT("Screener result"),
	/** A purpose-bound summary written for a disclosure, e.g. "engaged in treatment, no acute risk identified". */
	SUMMARY("Summary for disclosure");

	private final String label;

	ItemKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
