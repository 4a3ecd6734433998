package eu.tandem.sharing;

import java.time.LocalDate;

import eu.tandem.hub.DataCategory;
import eu.tandem.web.Language;
import org.jspecify.annotations.Nullable;

/**
 * A contact as a practitioner records it, each part possibly missing: the rule that records it names every missing or
 * wrong part at once, each on its field ({@code day}, {@code with}, {@code mode}, {@code attended}, {@code category},
 * {@code note}).
 *
 * @param language the language the note is written in
 */
public record ContactRequest(@Nullable LocalDate day, Contact.@Nullable With with, Contact.@Nullable Mode mode,
		@Nullable Boolean attended, @Nullable DataCategory category, String note, Language language) {
}
