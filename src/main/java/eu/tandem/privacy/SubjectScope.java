package eu.tandem.privacy;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import eu.tandem.hub.HubId;
import eu.tandem.identity.CurrentUser;

/**
 * Whose data a subject access request is about and for whom it is compiled: the person's record in the register with
 * every record merged into it, the hubs the data protection officer answers for, and the officer. A module answers
 * with what it holds within those hubs only, and traces every record it opens with {@link #purpose} and
 * {@link #rule}, as any other read.
 *
 * @param person the person's record in the register, as the case names it
 * @param personRecords that record and every record merged into it
 * @param hubs the hubs whose records the answer covers: those the officer answers for
 * @param officer the data protection officer compiling the answer
 * @param rule the code of the rule that lets the officer open the records, traced as the reason of each read
 */
public record SubjectScope(UUID person, Set<UUID> personRecords, Set<HubId> hubs, CurrentUser officer, String rule) {

	/** The purpose every read for a subject access request is traced with. */
	public static final String PURPOSE = "subject access request";

	public SubjectScope {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(officer, "officer");
		Objects.requireNonNull(rule, "rule");
		personRecords = Set.copyOf(personRecords);
		hubs = Set.copyOf(hubs);
		if (!personRecords.contains(person)) {
			throw new IllegalArgumentException("The person's own record is one of their records");
		}
	}

	public String purpose() {
		return PURPOSE;
	}
}
