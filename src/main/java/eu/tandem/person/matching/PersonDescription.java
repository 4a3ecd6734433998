package eu.tandem.person.matching;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is known about a person, as the matcher sees it. Every part may be missing, because concerns arrive
 * incomplete.
 *
 * @param names the first is the main name; the others are aliases, other spellings or the name in another script
 * @param dateOfBirth possibly partial, or {@code null}
 * @param sex as recorded, or {@code null}; compared only for equality
 * @param addresses current address first, earlier ones after it
 * @param identifiers by kind, e.g. {@code "national_id"}; used only by a matcher told to use that kind
 */
public record PersonDescription(List<PersonName> names, PartialDate dateOfBirth, String sex, List<Address> addresses,
		Map<String, String> identifiers) {

	public PersonDescription {
		names = names == null ? List.of() : names.stream().filter(Objects::nonNull).filter(n -> !n.isEmpty()).toList();
		sex = PersonName.blankToNull(sex);
		addresses = addresses == null ? List.of()
				: addresses.stream().filter(Objects::nonNull).filter(a -> !a.isEmpty()).toList();
		identifiers = identifiers == null ? Map.of() : Map.copyOf(identifiers);
	}

	/** A person known by one name, a date of birth and one address; each may be {@code null}. */
	public static PersonDescription of(PersonName name, PartialDate dateOfBirth, Address address) {
		return new PersonDescription(name == null ? List.of() : List.of(name), dateOfBirth, null,
				address == null ? List.of() : List.of(address), Map.of());
	}

	public PersonDescription withIdentifier(String kind, String value) {
		var all = new java.util.HashMap<>(identifiers);
		all.put(kind, value);
		return new PersonDescription(names, dateOfBirth, sex, addresses, all);
	}

	public PersonDescription withSex(String recordedSex) {
		return new PersonDescription(names, dateOfBirth, recordedSex, addresses, identifiers);
	}
}
