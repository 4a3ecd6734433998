package eu.tandem.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * What may apply to a case and makes some of the network's knowledge relevant to it. Relevance rules name these
 * by {@link #key()}; a rule that names anything else is refused.
 */
public enum CaseAttribute {

	CHILD("child", "A child or young person"),
	RETURNEE("returnee", "A returnee (returning foreign fighter or child returnee)"),
	PRISON("prison", "In prison"),
	PROBATION("probation", "On probation or recently released"),
	ONLINE_ACTIVITY("online_activity", "Online activity is part of the concern"),
	LONE_ACTOR("lone_actor", "Acting alone (lone actor)"),
	GROOMING("grooming", "Being groomed or recruited"),
	FAMILY_INVOLVEMENT("family_involvement", "The family is involved"),
	SUBSTANCE_USE("substance_use", "Several problems at once, with substance use");

	private final String key;
	private final String label;

	CaseAttribute(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String key() {
		return key;
	}

	/**
	 * The attribute in English, for the subject access answer, which is compiled in English. Screens name it in the
	 * reader's language with the bundle's {@code knowledge.attribute.CHILD} (same words in English).
	 */
	public String label() {
		return label;
	}

	public static Optional<CaseAttribute> fromKey(String key) {
		return Arrays.stream(values()).filter(attribute -> attribute.key.equals(key)).findFirst();
	}
}
