package eu.tandem.sharing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import eu.tandem.audit.ActionWords;
import org.jspecify.annotations.Nullable;

/**
 * What a data protection officer narrows a person's access history to: who or which agency (any part of the name),
 * the kind of access, or only refused attempts, and a period of days (UTC). Empty admits everything.
 *
 * @param kind a {@link ActionWords.Kind} name, or {@link #REFUSED}
 */
public record AccessFilter(@Nullable String who, @Nullable String kind, @Nullable LocalDate from, @Nullable LocalDate to) {

	public static final String REFUSED = "REFUSED";

	public static AccessFilter none() {
		return new AccessFilter(null, null, null, null);
	}

	public AccessFilter {
		who = who == null || who.isBlank() ? null : who.strip();
		kind = kind == null || kind.isBlank() ? null : kind.strip();
	}

	boolean admits(SubjectAccessReport.Access line) {
		if (who != null && !contains(line.who(), who) && !contains(line.agency(), who)) {
			return false;
		}
		if (kind != null) {
			if (REFUSED.equals(kind)) {
				if (line.outcome().equals(AccessHistory.outcome(eu.tandem.audit.AuditOutcome.SUCCESS))) {
					return false;
				}
			}
			else if (!line.kind().equals(label(kind))) {
				return false;
			}
		}
		if (from != null && line.last().isBefore(from.atStartOfDay(ZoneOffset.UTC).toInstant())) {
			return false;
		}
		return to == null || line.first().isBefore(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static String label(String kind) {
		try {
			return ActionWords.Kind.valueOf(kind).label();
		}
		catch (IllegalArgumentException unknown) {
			return kind;
		}
	}

	private static boolean contains(@Nullable String text, String part) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
	}
}
