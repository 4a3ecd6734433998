package eu.tandem.sharing;

/**
 * What sort of item: the words a practitioner would use for it are in the bundles, one for each constant
 * ({@code sharing.kind.NOTE}).
 */
public enum ItemKind {

	NOTE,
	OBSERVATION,
	SCREENER_RESULT,
	/** A purpose-bound summary written for a disclosure, e.g. "engaged in treatment, no acute risk identified". */
	SUMMARY,
	/**
	 * A contact of the case team with the person or their family, its note in a category; what happened is its
	 * {@link Contact}. Recorded only with the contact form, so that no contact lacks its facts.
	 */
	CONTACT
}
