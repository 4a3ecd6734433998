package eu.tandem.person.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A description normalised once, so that comparing it with many candidates does not normalise it again. */
record PreparedPerson(List<PreparedName> names, PartialDate dateOfBirth, String sex, List<PreparedAddress> addresses,
		Map<String, String> identifiers) {

	record PreparedName(NamePart given, NamePart surname) {
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
		String sex = person.sex() == null ? null : person.sex().strip().toLowerCase(Locale.ROOT);
		return new PreparedPerson(List.copyOf(names), person.dateOfBirth(), sex, List.copyOf(addresses),
				person.identifiers());
	}
}
