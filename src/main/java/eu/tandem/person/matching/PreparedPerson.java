package eu.tandem.person.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A description normalised once, so that comparing it with many candidates does not normalise it again. */
record PreparedPerson(List<PreparedName> names, PartialDate dateOfBirth, String sex, List<PreparedAddress> addresses,
		Map<String, String> identifiers) {

	record PreparedName(NamePart given, NamePart surname) {
	}

	/**
	 * Female or male as recorded, in a few languages' words; anything else (unknown, diverse, not stated) is not
	 * compared, since it says nothing against a match.
	 */
	static String sex(String recorded) {
		if (recorded == null) {
			return null;
		}
		return switch (Names.fold(recorded)) {
			case "f", "female", "woman", "girl", "w", "weiblich", "frau", "kvinde", "kvinna", "femme", "vrouw", "mujer" -> "f";
			case "m", "male", "man", "boy", "mannlich", "maennlich", "mand", "homme", "hombre" -> "m";
			default -> null;
		};
	}

	static PreparedPerson of(PersonDescription person, NameVariants variants) {
		var names = new ArrayList<PreparedName>(person.names().size());
		for (PersonName name : person.names()) {
			NamePart given = NamePart.of(name.givenNames(), false, variants);
			NamePart surname = NamePart.of(name.surname(), true, variants);
			if (given != null || surname != null) {
				names.add(new PreparedName(given, surname));
			}
		}
		var addresses = new ArrayList<PreparedAddress>(person.addresses().size());
		for (Address address : person.addresses()) {
			addresses.add(PreparedAddress.of(address));
		}
		String sex = sex(person.sex());
		return new PreparedPerson(List.copyOf(names), person.dateOfBirth(), sex, List.copyOf(addresses),
				person.identifiers());
	}
}
