package eu.tandem.hub;

import java.util.Objects;

import eu.tandem.agency.Sector;
import eu.tandem.web.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A kind of intervention a support plan can choose from a hub's {@link InterventionCatalogue}: one of the defaults
 * Tandem ships, or one the hub's coordinators added.
 * <p>
 * A screen writes the name and the description in the reader's language with {@code ${@words.in(type.name())}}: a
 * default's words are bundle keys, so they read in every language Tandem has; a hub's own are the words its
 * coordinator typed, as typed, in the {@link #language() language} they were typed in (mark them {@code th:lang}).
 *
 * @param code stable, what a plan stores: a default's own word ({@code mentoring}, {@code exit-programme}), or
 *            {@code hub:} and a UUID for a hub's own. It never changes when the words do.
 * @param name the intervention's name
 * @param description what it is, in a sentence or two
 * @param practice the practice it follows, named as its people name it ("HAYAT", "Legato"), or null
 * @param sector the sector that usually provides it, where the RAN paper ties it to one, or null
 * @param language for a hub's own, the language its words are in; null for a default, which is in every language
 * @param retired a hub's own that its coordinators retired: still readable for the plans that chose it, no longer offered
 */
public record InterventionType(String code, MessageSourceResolvable name, MessageSourceResolvable description,
		@Nullable String practice, @Nullable Sector sector, @Nullable Language language, boolean retired) {

	/** What begins the code of a hub's own intervention. */
	public static final String OWN_PREFIX = "hub:";

	public InterventionType {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
	}

	/** One of the hub's own, rather than one of the defaults every hub has. */
	public boolean ownOfHub() {
		return code.startsWith(OWN_PREFIX);
	}

	/**
	 * Words someone typed, which every language shows as they are: a resolvable without a bundle key, whose words are
	 * its default message (with no arguments, Spring writes a default message as it is, braces and apostrophes too).
	 */
	record Typed(String text) implements MessageSourceResolvable {

		Typed {
			Objects.requireNonNull(text, "text");
		}

		@Override
		public String @Nullable [] getCodes() {
			return null;
		}

		@Override
		public String getDefaultMessage() {
			return text;
		}

		@Override
		public String toString() {
			return text;
		}
	}
}
