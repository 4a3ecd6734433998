package eu.tandem.security;

/**
 * What a cell of the matrix expects. One kind of allow and six kinds of deny, because how a refusal answers is
 * part of the policy: whoever may not know that a record exists gets the same 404 as for a record that does not.
 */
enum Outcome {

	/** The request does what it is for: the page shows the record, or the change is made. */
	ALLOW,

	/** 404, exactly as for a record that does not exist: for those who may not know the record exists. */
	HIDDEN,

	/**
	 * 403 from the record's rule, for someone who sees the record anyway (a team member may read the case but not
	 * close it): a 404 would pretend that a record they are looking at does not exist.
	 */
	FORBIDDEN,

	/** 403 because the page is for another role (the data protection officer's pages); no record is looked up. */
	ROLE,

	/**
	 * 200 with the form or page back and the rule in words, nothing changed: for someone who sees the record and
	 * may not do this to it (a coordinator may read the case's information but not record any).
	 */
	REFUSED,

	/** 200, and the list does not contain the record: a list shows only what its reader may see. */
	UNLISTED,

	/**
	 * 200 with the form back and the same words as for a reference that does not exist: where the record is named
	 * in a form field rather than in the address (break the glass, subject access), this is the 404.
	 */
	NO_SUCH;

	boolean allows() {
		return this == ALLOW;
	}
}
