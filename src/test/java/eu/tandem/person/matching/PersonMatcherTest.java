package eu.tandem.person.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonMatcherTest {

	private final PersonMatcher matcher = new PersonMatcher();

	@Test
	void reasonsNameTheEvidenceInWordsACoordinatorReads() {
		var referral = person("Muhammad", "Khan", PartialDate.of(2008, 3, 14), "12", "Hauptstraße", "Berlin", "10115");
		var known = person("Mohammed", "Kahn", PartialDate.of(2008, 3, 14), "12", "Hauptstrasse", "Berlin", "10115");

		var score = matcher.compare(referral, known);

		assertThat(score.reasons()).containsExactly("same date of birth", "surname differs by one letter",
				"given name is a variant of Mohammed", "same postcode", "same street", "same locality", "same house number");
		assertThat(score.likelySame()).isTrue();
		assertThat(score.score()).isBetween(PersonMatcher.THRESHOLD, 1.0);
	}

	@Test
	void swappedGivenNameAndSurnameStillMatchAndSaySo() {
		var a = person("Khan", "Mohammed", PartialDate.of(2008, 3, 14), null, null, null, "10115");
		var b = person("Mohammed", "Khan", PartialDate.of(2008, 3, 14), null, null, null, "10115");

		var score = matcher.compare(a, b);

		assertThat(score.reasons()).contains("given name and surname swapped", "same given name", "same surname");
		assertThat(score.likelySame()).isTrue();
	}

	@Test
	void particlesAreSetAsideButNoted() {
		var a = person("Pieter", "van der Berg", PartialDate.ofYear(1999), null, null, null, "1017");
		var b = person("Pieter", "Berg", PartialDate.ofYear(1999), null, null, null, "1017");

		assertThat(matcher.compare(a, b).reasons()).contains("same surname apart from the particle");
		assertThat(matcher.compare(person("Youssef", "El Amrani"), person("Yusuf", "Amrani")).reasons())
			.contains("same surname apart from the particle", "given name is a variant of Youssef");
	}

	@Test
	void compoundSurnamesAgreeInPartButTwoFamiliesDoNot() {
		assertThat(matcher.compare(person("José", "García López"), person("Jose", "Garcia")).reasons())
			.contains("one part of the surname agrees");
		assertThat(matcher.compare(person("José", "García López"), person("José", "Martínez López")).reasons())
			.contains("similar surname");
	}

	@Test
	void diacriticsAndTheirTranscriptionsAreTheSameSurname() {
		var a = matcher.compare(person("Mehmet", "Öztürk"), person("Mehmet", "Oeztuerk"));
		var b = matcher.compare(person("Mehmet", "Öztürk"), person("Mehmet", "Ozturk"));

		assertThat(a.reasons()).contains("surname is a variant of Ozturk");
		assertThat(b.reasons()).contains("same surname");
	}

	@Test
	void aFullNameAloneIsNeverEnough() {
		var score = matcher.compare(person("Mohammed", "Khan"), person("Mohammed", "Khan"));

		assertThat(score.likelySame()).isFalse();
		assertThat(score.reasons()).containsExactly("same surname", "same given name");
	}

	@Test
	void masculineAndFeminineFormsAreDifferentGivenNames() {
		var score = matcher.compare(person("Aleksandr", "Ivanov", PartialDate.of(1990, 1, 1)),
				person("Aleksandra", "Ivanov", PartialDate.of(1992, 7, 9)));

		assertThat(score.reasons()).contains("different given name", "different date of birth");
		assertThat(score.likelySame()).isFalse();
	}

	@Test
	void aMistypedOrSwappedDateOfBirthStillCountsFor() {
		assertThat(matcher.compare(person("Amina", "Farah", PartialDate.of(2007, 5, 12)),
				person("Amina", "Farah", PartialDate.of(2007, 12, 5))).reasons()).contains("day and month of birth swapped");
		assertThat(matcher.compare(person("Amina", "Farah", PartialDate.of(2007, 5, 12)),
				person("Amina", "Farah", PartialDate.of(2001, 5, 12))).reasons()).contains("date of birth differs by one digit");
		assertThat(matcher.compare(person("Amina", "Farah", PartialDate.of(2007, 5, 12)),
				person("Amina", "Farah", PartialDate.ofYear(2007))).reasons()).contains("same year of birth");
	}

	@Test
	void missingValuesAreNeitherForNorAgainst() {
		var sparse = new PersonDescription(List.of(new PersonName(null, "Farah")), null, null, List.of(), Map.of());
		var score = matcher.compare(sparse, person("Amina", "Farah", PartialDate.of(2007, 5, 12)));

		assertThat(score.reasons()).containsExactly("same surname");
		assertThat(matcher.compare(new PersonDescription(null, null, null, null, null), sparse).reasons()).isEmpty();
	}

	@Test
	void sexCountsAgainstOnlyWhenBothAreRecordedAsFemaleOrMale() {
		var a = person("Amina", "Farah", PartialDate.of(2007, 5, 12));

		assertThat(matcher.compare(a.withSex("female"), a.withSex("M")).reasons()).contains("sex recorded differently");
		assertThat(matcher.compare(a.withSex("weiblich"), a.withSex("F")).reasons()).doesNotContain("sex recorded differently");
		assertThat(matcher.compare(a.withSex("unknown"), a.withSex("male")).reasons()).doesNotContain("sex recorded differently");
	}

	@Test
	void aCloseSpellingIsNotCalledAOneLetterTypo() {
		var score = matcher.compare(person("Amina", "Mouhammadi", PartialDate.of(2007, 5, 12)),
				person("Amina", "Muhamadie", PartialDate.of(2007, 5, 12)));

		assertThat(score.reasons()).contains("surname spelt almost the same");
	}

	@Test
	void aliasesAreComparedToo() {
		var withAlias = new PersonDescription(List.of(new PersonName("John", "Smith"), new PersonName("Yusuf", "Haddad")),
				PartialDate.of(2001, 2, 3), null, List.of(), Map.of());

		assertThat(matcher.compare(withAlias, person("Youssef", "Haddad", PartialDate.of(2001, 2, 3))).likelySame()).isTrue();
	}

	@Test
	void identifiersAreIgnoredUnlessTheCallerAsksForThem() {
		var a = person("Amina", "Farah").withIdentifier("national_id", "AB123");
		var b = person("Amina", "Farah").withIdentifier("national_id", "AB123");

		assertThat(matcher.compare(a, b).reasons()).doesNotContain("same national_id");
		assertThat(matcher.blockingKeys(a)).noneMatch(key -> key.contains("AB123") || key.contains("ab123"));
		var usingIds = matcher.usingIdentifiers("national_id");
		assertThat(usingIds.compare(a, b).reasons()).contains("same national_id");
		assertThat(usingIds.compare(a, b).likelySame()).isTrue();
	}

	@Test
	void blockingKeysOfVariantPairsIntersect() {
		PartialDate born = PartialDate.of(1990, 5, 17);
		List<List<PersonDescription>> pairs = List.of(
				List.of(person("Mohammed", "Khan", born), person("Mehmet", "Khan", born)),
				List.of(person("Aleksandr", "Shevchenko", born), person("Oleksandr", "Shevchenko", born)),
				List.of(person("Youssef", "El Amrani", born), person("Yusuf", "Amrani", born)),
				List.of(person("Mehmet", "Öztürk", born), person("Mehmet", "Oeztuerk", born)),
				List.of(person("Khan", "Mohammed", born), person("Mohammed", "Khan", born)),
				List.of(person("Pieter", "van der Berg"), person("Pieter", "Berg")),
				List.of(person("Xaalid", "Cusmaan"), person("Khalid", "Osman")),
				List.of(person("Олександр", "Коваленко"), person("Oleksandr", "Kovalenko")));
		for (var pair : pairs) {
			Set<String> shared = new TreeSet<>(matcher.blockingKeys(pair.get(0)));
			shared.retainAll(matcher.blockingKeys(pair.get(1)));
			assertThat(shared).as(pair.get(0).names() + " / " + pair.get(1).names()).isNotEmpty();
		}
	}

	@Test
	void blockingKeysAreShortAndFew() {
		var keys = matcher.blockingKeys(person("Muhammad", "Khan", PartialDate.of(2008, 3, 14), "12", "Hauptstraße",
				"Berlin", "10115"));

		assertThat(keys).hasSizeLessThan(30).allMatch(key -> key.length() <= 30);
	}

	@Test
	void theKeysVersionIsStableAndChangesWithTheTable() {
		assertThat(new PersonMatcher().blockingKeysVersion()).isEqualTo(matcher.blockingKeysVersion());
		assertThat(new PersonMatcher(NameVariants.none()).blockingKeysVersion()).isNotEqualTo(matcher.blockingKeysVersion());
	}

	static PersonDescription person(String given, String surname) {
		return person(given, surname, null);
	}

	static PersonDescription person(String given, String surname, PartialDate born) {
		return new PersonDescription(List.of(new PersonName(given, surname)), born, null, List.of(), Map.of());
	}

	static PersonDescription person(String given, String surname, PartialDate born, String number, String street,
			String locality, String postcode) {
		return new PersonDescription(List.of(new PersonName(given, surname)), born, null,
				List.of(new Address(number, street, null, locality, postcode)), Map.of());
	}
}
