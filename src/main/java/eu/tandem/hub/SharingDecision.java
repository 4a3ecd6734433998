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

	/** The answer in English, for what is kept as written rather than shown in the reader's language. */
	default String inWords() {
		return HubWords.inEnglish(words());
	}

	record Permitted(AgreementId agreement, String title, int version, int clause, PurposeBasis basis)
			implements SharingDecision {

		@Override
		public boolean permitted() {
			return true;
		}

		@Override
		public MessageSourceResolvable words() {
			return Words.of("hub.decision.yes", String.valueOf(clause), title, String.valueOf(version), basis.citation());
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
