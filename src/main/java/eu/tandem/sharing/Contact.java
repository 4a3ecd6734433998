package eu.tandem.sharing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What happened at a contact of the case team with the person or their family: the day, with whom, how, and whether it
 * took place. The note on it is the text of its {@link Item} ({@link ItemKind#CONTACT}), in a data category, so that
 * {@link NeedToKnow} decides who reads a contact as it does for every item; the words for each constant are in the
 * bundles ({@code sharing.contact.with.PERSON}, {@code sharing.contact.mode.PHONE}).
 *
 * @param on the day, by the calendar of the case's hub
 * @param attended false for a contact that was arranged and missed
 */
public record Contact(LocalDate on, With with, Mode mode, boolean attended) {

	public Contact {
		Objects.requireNonNull(on);
		Objects.requireNonNull(with);
		Objects.requireNonNull(mode);
	}

	/** With whom: the person, or their family. */
	public enum With {
		PERSON,
		PARENT_OR_GUARDIAN,
		OTHER_FAMILY
	}

	public enum Mode {
		IN_PERSON,
		PHONE,
		ONLINE
	}
}
