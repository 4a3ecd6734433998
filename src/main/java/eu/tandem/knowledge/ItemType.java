package eu.tandem.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an item of the library is. Its {@link #apiName()} is how the open data and the addresses name it; screens name
 * it in the reader's language with the bundle's {@code knowledge.type.THEME} (one) and {@code knowledge.types.THEME}
 * (the browsing filter's plural).
 */
public enum ItemType {

	THEME,
	SUBTHEME,
	/** A meeting or a paper of the working group. */
	MEETING,
	PRACTICE,
	LESSON,
	OPEN_QUESTION;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Lessons and open questions are a sentence or more of text; the other items have a title. */
	public boolean titled() {
		return this != LESSON && this != OPEN_QUESTION;
	}

	public static Optional<ItemType> fromApiName(String name) {
		return Arrays.stream(values()).filter(type -> type.apiName().equals(name)).findFirst();
	}
}
