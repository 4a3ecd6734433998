package eu.tandem.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.UserId;
import eu.tandem.person.DateOfBirth;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Persons;
import eu.tandem.person.Sex;
import eu.tandem.referral.Concern;
import eu.tandem.referral.NewReferral;
import eu.tandem.referral.Referral;
import eu.tandem.referral.Referrals;
import org.springframework.stereotype.Component;

/**
 * A few referrals in the Augsburg hub so that triage can be tried at once: one waiting with a person the hub
 * already knows under another spelling, one waiting for the police member's answer, one signposted. Every
 * person is invented.
 */
@Component
class DemoReferrals {

	private final Referrals referrals;
	private final Persons persons;
	private final Hubs hubs;
	private final Accounts accounts;

	DemoReferrals(Referrals referrals, Persons persons, Hubs hubs, Accounts accounts) {
		this.referrals = referrals;
		this.persons = persons;
		this.hubs = hubs;
		this.accounts = accounts;
	}

	int load(Map<String, UserId> people, LocalDate today) {
		var augsburg = hubs.all().stream().filter(hub -> hub.name().equals("Augsburg Prevention Network")).findFirst().orElseThrow();
		var coordinator = user(people, "elif.kaya");
		var teacher = user(people, "sofia.ricci");
		var socialWorker = user(people, "oleksandr.kovalenko");

		persons.register(person("Mohammed", "Alrashid", new DateOfBirth(2008, 9, 3), Sex.MALE), augsburg.id(), coordinator);
		referrals.submit(referral(augsburg, "He talks about leaving for a 'true' community abroad and has cut contact with "
				+ "his old friends. His mother is worried and asked the school for help.", Concern.Type.RELIGIOUSLY_MOTIVATED,
				Set.of(Concern.Vulnerability.SOCIAL_ISOLATION, Concern.Vulnerability.ONLINE_EXPOSURE),
				Optional.of(person("Muhammad", "Al-Rashid", new DateOfBirth(2008, 9, 3), Sex.MALE)), Concern.Urgency.SOON), teacher);

		var waiting = referrals.submit(referral(augsburg, "Shares far-right stickers and videos in the youth group chat; "
				+ "has been seen with older men from a known group. Lost his apprenticeship last month.", Concern.Type.FAR_RIGHT,
				Set.of(Concern.Vulnerability.GROOMING, Concern.Vulnerability.FAMILY_PROBLEMS),
				Optional.of(person("Dominik", "Hartmann", new DateOfBirth(2006, null, null), Sex.MALE)), Concern.Urgency.ROUTINE), socialWorker);
		referrals.requestDeconfliction(waiting, coordinator);

		var signposted = referrals.submit(referral(augsburg, "Very low mood and says nobody would miss her; no sign of "
				+ "extremist ideas.", Concern.Type.NONE_IDENTIFIED, Set.of(Concern.Vulnerability.MENTAL_HEALTH),
				Optional.of(person("Leonie", "Brandt", new DateOfBirth(2010, 2, 17), Sex.FEMALE)), Concern.Urgency.URGENT), teacher);
		referrals.decide(signposted, Referral.Decision.SIGNPOST, "A mental-health concern without a P/CVE dimension: "
				+ "the school psychologist and the child and adolescent psychiatry service are the right help.",
				"Child and adolescent psychiatry, Lech Valley Psychiatric Clinic", coordinator);
		return 3;
	}

	/** A demo account acting as itself, as if signed in. */
	private CurrentUser user(Map<String, UserId> people, String username) {
		var id = people.get(username);
		var card = accounts.card(id).orElseThrow();
		return new CurrentUser(id, username, card.displayName(), card.agencyId(), card.profession(), card.roles(), 0);
	}

	private static PersonDetails person(String given, String surname, DateOfBirth born, Sex sex) {
		return new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, given, surname, null)), born, sex, null,
				Set.of(), List.of(), List.of());
	}

	private static NewReferral referral(Hub hub, String concern, Concern.Type type, Set<Concern.Vulnerability> vulnerabilities,
			Optional<PersonDetails> person, Concern.Urgency urgency) {
		return new NewReferral(hub.id(), Concern.Channel.PRACTITIONER, null, concern, null, null, type, vulnerabilities,
				Concern.Awareness.NOT_KNOWN, Concern.Consent.NOT_ASKED, urgency, person, Optional.empty());
	}
}
