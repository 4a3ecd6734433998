package eu.tandem.audit;

import java.util.Map;

/**
 * The actions a module writes to the trail, each with its kind, so that a person's access history reads as sentences
 * ("Lukas Nowak, Augsburg Police Prevention Unit, read a note") rather than codes. The words are in the module's
 * message bundle, in every language Tandem writes: {@link #done} after a name, in the past tense ("read {0}"), and
 * {@link #attempted} after "tried to" ("record {0}"), {@code {0}} naming the record. Every module that declares
 * {@link AuditAction}s declares a bean of this type for them; a test fails when an action has no kind from its module
 * or no words in one of the languages.
 */
public interface ActionWords {

	/** The kind of each of the module's own actions. */
	Map<AuditAction, Kind> kinds();

	/** The key of what someone did, after their name: {@code sharing.item-viewed.done=read {0}}. */
	static String done(AuditAction action) {
		return action.code() + ".done";
	}

	/** The key of what someone tried and did not do, after "tried to": {@code sharing.item-recorded.attempted=record {0}}. */
	static String attempted(AuditAction action) {
		return action.code() + ".attempted";
	}

	/**
	 * What kind of access an action is: what a data protection officer filters a history by. Its words are in the
	 * sharing bundle, where the filter is: {@code sharing.history.kind.READ}.
	 */
	enum Kind {
		READ, CHANGE, EMERGENCY, OVERSIGHT, ACCOUNT, NETWORK
	}
}
