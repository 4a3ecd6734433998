package eu.tandem.hub;

import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;

/**
 * The answer of the sharing check: yes, citing the agreement version, clause and legal basis; or no, with
 * the reason in words that say what would allow it.
 */
public sealed interface SharingDecision {

	boolean permitted();

	/** The answer as a sentence a practitioner can act on, in the reader's language: {@code ${@words.in(decision.words())}}. */
	MessageSourceResolvable words();

	record Permitted(AgreementId agreement, String title, int version, int clause, PurposeBasis basis)
			implements SharingDecision {

		@Override
		public boolean permitted() {
			return true;
		}

		@Override
		public MessageSourceResolvable words() {
			return Words.of("hub.decision.yes", citationWords());
		}

		/**
		 * The agreement, clause and legal basis cited, in English: what a disclosure keeps as its record, as written
		 * whoever reads it later ("clause 1 of “Augsburg network agreement”, version 1 (…)").
		 */
		public String citation() {
			return HubWords.inEnglish(citationWords());
		}

		private MessageSourceResolvable citationWords() {
			return Words.of("hub.decision.citation", String.valueOf(clause), title, String.valueOf(version), basis.citation());
		}
	}

	/** A refusal: the reason, in words with their arguments. */
	record Refused(MessageSourceResolvable reason) implements SharingDecision {

		@Override
		public boolean permitted() {
			return false;
		}

		@Override
		public MessageSourceResolvable words() {
			return Words.of("hub.decision.no", reason);
		}
	}
}
