package eu.tandem.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditLog;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.support.Fixtures;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TandemIntegrationTest
class PersonRegistryIT {

	@Autowired
	Persons persons;

	@Autowired
	Hubs hubs;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditLog audit;

	HubId hub;
	HubId otherHub;
	CurrentUser coordinator;

	@BeforeEach
	void hubs() {
		var agency = fixtures.agency(Sector.LOCAL_AUTHORITY);
		coordinator = fixtures.staff(agency, Role.HUB_COORDINATOR, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null,
				null, null, null, null, null, null, null), coordinator).id();
		otherHub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null,
				null, null, null, null, null, null, null), coordinator).id();
	}

	static PersonDetails person(String given, String surname, DateOfBirth born) {
		return new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, given, surname, null)), born, Sex.MALE, null,
				Set.of("ar", "nl"), List.of(new Address("Kanaalstraat 12", "3531 CK", "Utrecht", "NL", null, null)),
				List.of(new Identifier("Municipal case number", "UT-2026-117")));
	}

	@Test
	void everyViewOfAPersonIsTracedWithItsPurpose() {
		var id = persons.register(person("Youssef", "El Amrani", new DateOfBirth(2009, 3, null)), hub, coordinator);

		var record = persons.view(id, coordinator, "triage of a referral");

		assertThat(record.displayName()).isEqualTo("Youssef El Amrani");
		assertThat(record.details().dateOfBirth()).isEqualTo(new DateOfBirth(2009, 3, null));
		assertThat(audit.about(PersonAudit.person(id), 5)).anySatisfy(recorded -> {
			assertThat(recorded.event().action().code()).isEqualTo("person.viewed");
			assertThat(recorded.event().purpose()).isEqualTo("triage of a referral");
		});
	}

	@Test
	void mergeAndUnmergeLoseNothing() {
		var first = persons.register(person("Youssef", "El Amrani", new DateOfBirth(2009, 3, 14)), hub, coordinator);
		var second = persons.register(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Yusuf", "Elamrani", null),
				new PersonName(PersonName.Kind.OTHER_SCRIPT, "يوسف", "العمراني", "Arabic")), null, null, "male", Set.of(),
				List.of(), List.of(new Identifier("School pupil number", "LS-4471"))), hub, coordinator);
		var before = persons.view(second, coordinator, "test");

		persons.merge(first, second, "Same school, same birthday, mother confirmed the spelling", coordinator, id -> Set.of());
		var merged = persons.view(first, coordinator, "test");
		assertThat(merged.details().names()).extracting(PersonName::full)
			.contains("Youssef El Amrani", "Yusuf Elamrani", "يوسف العمراني");
		assertThat(merged.details().identifiers()).extracting(Identifier::value).contains("UT-2026-117", "LS-4471");
		assertThat(merged.mergedRecords()).containsExactly(second);

		persons.unmerge(second, "Two boys after all: different mothers", coordinator);

		assertThat(persons.view(second, coordinator, "test").details()).isEqualTo(before.details());
		assertThat(persons.view(first, coordinator, "test").details().names()).extracting(PersonName::full)
			.containsExactly("Youssef El Amrani");
	}

	@Test
	void badMergesAndRelationsAreRefusedWithWhatToDo() {
		var one = persons.register(person("Oleksandr", "Kovalenko", null), hub, coordinator);
		var two = persons.register(person("Aleksandr", "Kovalenko", null), otherHub, coordinator);

		assertThatThrownBy(() -> persons.merge(one, one, "same", coordinator, id -> Set.of()))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(InEnglish.words(refused)).contains("cannot be merged with itself"));
		assertThatThrownBy(() -> persons.merge(one, two, "looks alike", coordinator,
				id -> id.equals(one) ? Set.of(hub) : Set.of(otherHub)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(InEnglish.words(refused)).contains("cannot be merged"))
			.satisfies(refused -> assertThat(InEnglish.words(refused)).doesNotContain("hub"));
		assertThatThrownBy(() -> persons.relate(one, one, PersonRecord.Relation.Kind.GUARDIAN, "mother", coordinator))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(InEnglish.words(refused)).contains("cannot be their own guardian"));
		assertThat(persons.view(two, coordinator, "test").mergedInto()).isNull();
	}

	@Test
	void aGuardianIsNotAmongTheHubsPeopleAndNeverMergedWithTheChild() {
		var child = persons.register(person("Amir", "Haddad", new DateOfBirth(2012, 6, 1)), hub, coordinator);
		var guardian = persons.registerRelated(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Amir", "Haddad",
				null)), null, null, null, Set.of(), List.of(), List.of()), child, PersonRecord.Relation.Kind.GUARDIAN, "father",
				coordinator);

		assertThat(persons.candidates(hub, person("Amir", "Haddad", null), Optional.of(child), coordinator))
			.extracting(Persons.Candidate::person).doesNotContain(guardian);
		assertThatThrownBy(() -> persons.merge(guardian, child, "same name", coordinator, id -> Set.of()))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(InEnglish.words(refused)).contains("they are two people"));
	}

	@Test
	void impossibleAndFutureDatesOfBirthAreRefused() {
		var today = LocalDate.of(2026, 11, 26);
		assertThatThrownBy(() -> DateOfBirth.of("2010", "2", "31", today)).isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(InEnglish.words(refused)).isEqualTo("There is no 31 February 2010. Check the date."));
		assertThatThrownBy(() -> DateOfBirth.of("2027", null, null, today)).isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(InEnglish.words(refused)).contains("in the future"));
		assertThatThrownBy(() -> DateOfBirth.of(null, "3", null, today)).isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(InEnglish.words(refused)).contains("at least the year"));
		assertThat(DateOfBirth.of("", "", "", today)).isNull();
		assertThat(DateOfBirth.of("2012", null, null, today).ageOn(today)).isEqualTo(13);
	}

	@Test
	void candidatesComeOnlyFromTheHubsOwnPeople() {
		persons.register(person("Mehmet", "Öztürk", new DateOfBirth(2008, 5, 2)), otherHub, coordinator);
		var own = persons.register(person("Mehmet", "Ozturk", new DateOfBirth(2008, 5, 2)), hub, coordinator);

		var candidates = persons.candidates(hub, person("Mehmet", "Öztürk", new DateOfBirth(2008, 5, 2)), Optional.empty(),
				coordinator);

		assertThat(candidates).extracting(Persons.Candidate::person).containsExactly(own);
		assertThat(candidates.getFirst().reasons()).isNotEmpty();
	}
}
