package eu.tandem.hub;

/**
 * The answer of the sharing check: yes, citing the agreement version, clause and legal basis; or no, with
 * the reason in words that say what would allow it.
 */
public sealed interface SharingDecision {

	boolean permitted();

	/** The answer as a sentence a practitioner can act on. */
	String inWords();

	record Permitted(AgreementId agreement, String title, int version, int clause, PurposeBasis basis)
			implements SharingDecision {

		@Override
		public boolean permitted() {
			return true;
		}

		@Override
		public String inWords() {
			return "Yes: clause " + clause + " of “" + title + "”, version " + version + " (" + basis.citation() + ").";
		}
	}

	record Refused(String reason) implements SharingDecision {

		@Override
		public boolean permitted() {
			return false;
		}

		@Override
		public String inWords() {
			return "No: " + reason;
		}
	}
}
