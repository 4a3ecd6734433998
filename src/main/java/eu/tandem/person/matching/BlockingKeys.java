package eu.tandem.person.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import eu.tandem.person.matching.NamePart.Token;
import eu.tandem.person.matching.PreparedPerson.PreparedName;

/**
 * Candidate keys. Each joins two pieces of evidence, so that a key is selective in a registry of a million and a
 * typo in one piece still leaves other keys intact: a pair of records of one person is missed only if every key
 * is broken. A name enters a key as its variant line when it has one (Mohammed and Mehmet share it) and
 * otherwise as its sound code; given name and surname enter the name key in sorted order, so swapped names share it.
 */
final class BlockingKeys {

	private BlockingKeys() {
	}

	static Set<String> of(PreparedPerson person, Set<String> identifierKinds) {
		var keys = new TreeSet<String>();
		PartialDate born = person.dateOfBirth();
		String year = born == null ? null : String.valueOf(born.year());
		if (born != null && born.isComplete()) {
			keys.add("d:" + born.toString().replace("-", ""));
		}
		var givens = new TreeSet<String>();
		var surnames = new TreeSet<String>();
		for (PreparedName name : person.names()) {
			if (name.given() != null) {
				givens.add(code(name.given().first()));
			}
			if (name.surname() != null) {
				surnames.addAll(surnameCodes(name.surname()));
			}
		}
		var names = new TreeSet<String>(givens);
		names.addAll(surnames);
		var places = new TreeSet<String>();
		var streets = new TreeSet<String>();
		var numbers = new TreeSet<String>();
		for (PreparedAddress address : person.addresses()) {
			add(places, "p", address.postcode());
			add(places, "l", placeCode(address.locality()));
			add(streets, "", placeCode(address.street()));
			add(streets, "", placeCode(address.premises()));
			add(numbers, "", address.number());
		}
		for (String g : givens) {
			for (String s : surnames) {
				keys.add("n:" + (g.compareTo(s) <= 0 ? g + "|" + s : s + "|" + g));
			}
		}
		for (String name : names) {
			if (year != null) {
				keys.add("y:" + year + "|" + name);
			}
			for (String place : places) {
				keys.add(place + ":" + name);
			}
			for (String street : streets) {
				keys.add("t:" + street + "|" + name);
			}
		}
		for (String street : streets) {
			for (String place : places) {
				keys.add("t" + place + ":" + street);
			}
			for (String number : numbers) {
				keys.add("tn:" + street + "|" + number);
			}
		}
		for (String kind : identifierKinds) {
			String value = PreparedAddress.squeeze(person.identifiers().get(kind));
			if (value != null) {
				keys.add("i:" + kind + "|" + value);
			}
		}
		return keys;
	}

	private static void add(Set<String> set, String prefix, String value) {
		if (value != null && !value.isEmpty()) {
			set.add(prefix.isEmpty() ? value : prefix + value);
		}
	}

	/** The sound code of the first word of a place or street name: "white patch" and "whitepatch" meet, as do typos after the first letter. */
	static String placeCode(String squeezed) {
		if (squeezed == null) {
			return null;
		}
		return Names.soundCode(Names.canonical(squeezed));
	}

	private static List<String> surnameCodes(NamePart surname) {
		var codes = new ArrayList<String>();
		for (Token token : surname.core()) {
			codes.add(code(token));
		}
		if (surname.core().size() > 1) {
			codes.add(code(surname.coreJoined()));
		}
		return codes;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		var all = new ArrayList<String>(a);
		all.addAll(b);
		return all;
	}

	/**
	 * The variant line of a name when it has one (as its first spelling, which stays put when lines are added),
	 * so that all its spellings meet; its sound code otherwise.
	 */
	static String code(Token token) {
		return token.group() >= 0 ? "#" + Names.fold(token.variantOf()) : Names.soundCode(token.canonical());
	}

	/** How keys are made; bump when this class changes the shape of a key. */
	static final int FORMAT = 1;
}
