package eu.tandem.knowledge;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** "Show this item on cases with this attribute, because …": data that curators keep. */
record RelevanceRule(UUID id, String attribute, String itemKey, String itemHeading, String why, boolean fromPaper,
		@Nullable UUID createdBy, Instant createdAt) {

	/** The attribute the rule is for; a rule is only stored with an attribute that exists. */
	public CaseAttribute caseAttribute() {
		return CaseAttribute.fromKey(attribute).orElseThrow();
	}
}
