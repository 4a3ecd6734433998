package eu.tandem.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * One thing that happened in a case, as a line of its chronology: when, of what kind, what happened in words (shown in
 * the reader's language), what someone wrote about it where the viewer may read that ({@code detail}, as typed), and
 * where to read more ({@code link}, a path in Tandem), if anywhere.
 */
public record ChronologyEntry(Instant at, ChronologyKind kind, MessageSourceResolvable what, @Nullable String detail,
		@Nullable String link) {
}
