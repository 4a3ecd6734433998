package eu.tandem.sharing;

import java.util.List;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.DateOfBirth;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Persons;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import org.springframework.stereotype.Component;

/**
 * A case about an identified person (Elif Demir) in a hub of a mental health clinic and a school: a teacher owns it, the
 * clinic's psychiatrist is on its team, the school has a data protection officer. Each call makes a new one.
 */
@Component
class PersonsCases {

	/** What a test needs of the case and the people around it. */
	record PersonsCase(HubId hub, AgencyId clinic, AgencyId school, StaffMember psychiatrist, StaffMember teacher, StaffMember dpo,
			CaseId caseId) {
	}

	private final Fixtures fixtures;
	private final Hubs hubs;
	private final Persons persons;
	private final CaseFiles cases;

	PersonsCases(Fixtures fixtures, Hubs hubs, Persons persons, CaseFiles cases) {
		this.fixtures = fixtures;
		this.hubs = hubs;
		this.persons = persons;
		this.cases = cases;
	}

	/** A new case in a hub of this country (ISO 3166 code), whose time zone its screens follow. */
	PersonsCase open(String country) {
		var clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE);
		var school = fixtures.agency(Sector.EDUCATION);
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country(country), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, clinic, "member", sysadmin);
		hubs.addAgency(hub, school, "member", sysadmin);
		var coordinator = fixtures.staff(school, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		var psychiatrist = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
		var teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		var dpo = fixtures.staff(school, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		var person = persons.register(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Elif", "Demir", null)),
				new DateOfBirth(2009, 6, 2), null, null, Set.of(), List.of(), List.of()), hub, coordinator.asCurrentUser());
		var caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, person, coordinator.asCurrentUser());
		cases.appointOwner(caseId, teacher.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, psychiatrist.id(), coordinator.asCurrentUser());
		return new PersonsCase(hub, clinic, school, psychiatrist, teacher, dpo, caseId);
	}
}
