package eu.tandem.casework;

import java.time.LocalDate;
import java.util.Optional;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;

/**
 * What someone typed to find a case: a reference ({@code AUG-2026-0042}), or the person's name with, if they know
 * it, the date of birth. A name alone of one letter would list half the hub, so a name needs two letters.
 */
public record CaseQuery(String text, Optional<String> reference, @Nullable LocalDate born) {

	public static CaseQuery of(String typed, @Nullable LocalDate born) {
		var text = PlainText.required("q", Words.of("casework.find.q"), typed, 200);
		var reference = Reference.read(text);
		if (reference.isEmpty() && text.codePointCount(0, text.length()) < 2) {
			throw InvalidInput.of("q", "casework.error.queryTooShort");
		}
		return new CaseQuery(text, reference, born);
	}
}
