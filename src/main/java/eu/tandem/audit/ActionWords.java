package eu.tandem.audit;

import java.util.Map;
import java.util.Objects;

/**
 * Words for the actions a module writes to the trail, so that a person's access history reads as sentences
 * ("Lukas Nowak, Augsburg Police Prevention Unit, read a note") rather than codes. Every module that declares
 * {@link AuditAction}s declares a bean with words for each of them; a test fails when an action has none.
 */
public interface ActionWords {

	/** Where in a phrase the words for the record go: "read {record}" becomes "read a note". */
	String RECORD = "{record}";

	/** Words for each of the module's own actions. */
	Map<AuditAction, Phrase> phrases();

	/**
	 * One action in words.
	 *
	 * @param done what someone did, in the past tense: "read {record}", "recorded {record}"
	 * @param attempted what someone tried and was refused, after "tried to": "read {record}", "record {record}"
	 * @param kind what kind of access it is, for filtering a history
	 */
	record Phrase(String done, String attempted, Kind kind) {

		public Phrase {
			Objects.requireNonNull(kind, "kind");
			if (done == null || done.isBlank() || attempted == null || attempted.isBlank()) {
				throw new IllegalArgumentException("An action needs words for what was done and what was attempted");
			}
		}

		public static Phrase of(Kind kind, String done, String attempted) {
			return new Phrase(done, attempted, kind);
		}

		/** For the many actions whose verb reads the same in both forms: "read {record}". */
		public static Phrase same(Kind kind, String words) {
			return new Phrase(words, words, kind);
		}
	}

	/** What kind of access an action is: what a data protection officer filters a history by. */
	enum Kind {
		READ("Reading and listing"),
		CHANGE("Recording and changing"),
		EMERGENCY("Emergency access"),
		OVERSIGHT("Data protection and oversight"),
		ACCOUNT("Sign-in and staff accounts"),
		NETWORK("Agencies, hubs and agreements");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
