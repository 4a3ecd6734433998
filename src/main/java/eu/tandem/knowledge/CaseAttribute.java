package eu.tandem.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * What may apply to a case and makes some of the network's knowledge relevant to it. Relevance rules name these
 * by {@link #key()}; a rule that names anything else is refused. Screens and the subject access answer name it in the
 * reader's language as {@code knowledge.attribute.<NAME>}.
 */
public enum CaseAttribute {

	CHILD("child"),
	RETURNEE("returnee"),
	PRISON("prison"),
	PROBATION("probation"),
	ONLINE_ACTIVITY("online_activity"),
	LONE_ACTOR("lone_actor"),
	GROOMING("grooming"),
	FAMILY_INVOLVEMENT("family_involvement"),
	SUBSTANCE_USE("substance_use");

	private final String key;

	CaseAttribute(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	public static Optional<CaseAttribute> fromKey(String key) {
		return Arrays.stream(values()).filter(attribute -> attribute.key.equals(key)).findFirst();
	}
}
