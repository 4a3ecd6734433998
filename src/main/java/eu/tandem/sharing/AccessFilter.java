package eu.tandem.sharing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import eu.tandem.audit.ActionWords;
import org.jspecify.annotations.Nullable;

/**
 * What a data protection officer narrows a person's access history to: who or which agency (any part of the name),
 * the kind of access, or only refused attempts, and a period of days in the officer's time zone, the one the screen
 * shows times in. Empty admits everything.
 *
 * @param kind a {@link ActionWords.Kind} name, or {@link #REFUSED}
 * @param zone where the days begin and end
 */
public record AccessFilter(@Nullable String who, @Nullable String kind, @Nullable LocalDate from, @Nullable LocalDate to, ZoneId zone) {

	public static final String REFUSED = "REFUSED";

	public static AccessFilter none() {
		return new AccessFilter(null, null, null, null);
	}

	public AccessFilter {
		who = who == null || who.isBlank() ? null : who.strip();
		kind = kind == null || kind.isBlank() ? null : kind.strip();
		zone = zone == null ? ZoneOffset.UTC : zone;
	}

	/** Days in UTC. */
	public AccessFilter(@Nullable String who, @Nullable String kind, @Nullable LocalDate from, @Nullable LocalDate to) {
		this(who, kind, from, to, ZoneOffset.UTC);
	}

	/** Whether the line passes, its kind and outcome compared in the words the history wrote them in. */
	boolean admits(SubjectAccessReport.Access line, AccessHistory words) {
		if (who != null && !contains(line.who(), who) && !contains(line.agency(), who)) {
			return false;
		}
		if (kind != null) {
			if (REFUSED.equals(kind)) {
				if (line.outcome().equals(words.outcome(eu.tandem.audit.AuditOutcome.SUCCESS))) {
					return false;
				}
			}
			else if (!line.kind().equals(label(kind, words))) {
				return false;
			}
		}
		if (from != null && line.last().isBefore(from.atStartOfDay(zone).toInstant())) {
			return false;
		}
		return to == null || line.first().isBefore(to.plusDays(1).atStartOfDay(zone).toInstant());
	}

	private static String label(String kind, AccessHistory words) {
		try {
			return words.kind(ActionWords.Kind.valueOf(kind));
		}
		catch (IllegalArgumentException unknown) {
			return kind;
		}
	}

	private static boolean contains(@Nullable String text, String part) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
	}
}
