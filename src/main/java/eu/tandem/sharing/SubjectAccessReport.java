package eu.tandem.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything Tandem holds on one person, for the person (GDPR Art. 15): who they are in the registry, their cases,
 * every item recorded about them, their consent decisions, every disclosure, and who accessed their data, when
 * and why. Written for a reader: names rather than identifiers wherever Tandem knows them.
 */
public record SubjectAccessReport(Instant generatedAt, String generatedBy, Person person, List<Case> cases, List<Entry> items,
		List<ConsentDecision> consents, List<DisclosureEntry> disclosures, List<Access> accessHistory) {

	public record Person(List<String> names, @Nullable String dateOfBirth, @Nullable String sex, @Nullable String gender,
			List<String> languages, List<String> addresses, List<String> identifiers) {
	}

	public record Case(String reference, String hub, Instant openedAt, @Nullable Instant closedAt, @Nullable String owner) {
	}

	public record Entry(String id, String caseReference, String category, String kind, String heldBy, String recordedBy,
			Instant recordedAt, String text, List<Earlier> earlierVersions) {
	}

	public record Earlier(int revision, String text, Instant replacedAt, String reason) {
	}

	public record ConsentDecision(String caseReference, String decision, String decidedBy, LocalDate decidedOn,
			List<String> categories, List<String> purposes, List<String> agencies, String obtained) {
	}

	public record DisclosureEntry(String caseReference, Instant disclosedAt, String from, String by, List<String> to, int items,
			String purpose, String legalBasis, String ground, @Nullable String statute, @Nullable LocalDate expiresOn,
			@Nullable Instant revokedAt) {
	}

	public record Access(Instant at, @Nullable String who, @Nullable String agency, List<String> roles, String action,
			String record, String outcome, @Nullable String purpose) {
	}
}
