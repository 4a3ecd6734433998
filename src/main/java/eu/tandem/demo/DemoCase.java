package eu.tandem.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.tandem.casework.BreakGlass;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseState;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.UserId;
import eu.tandem.knowledge.CaseAttribute;
import eu.tandem.person.DateOfBirth;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Sex;
import eu.tandem.referral.Concern;
import eu.tandem.referral.NewReferral;
import eu.tandem.referral.Referral;
import eu.tandem.referral.Referrals;
import eu.tandem.sharing.CaseInformation;
import eu.tandem.sharing.Consent;
import eu.tandem.sharing.ConsentRequest;
import eu.tandem.sharing.Disclosure;
import eu.tandem.sharing.DisclosureRequest;
import eu.tandem.sharing.Disclosures;
import eu.tandem.sharing.ItemKind;
import eu.tandem.web.Language;
import org.springframework.stereotype.Component;

/**
 * One case in the Augsburg hub to show need to know at work: the clinic, the police, the school and the youth
 * welfare office each hold their own information, and the hub's agreement decides what reaches whom — the home-visit
 * observation reaches the clinic but not the police; the youth welfare office disclosed another note to the police
 * for a joint assessment; the psychiatrist disclosed a purpose-bound summary to the youth welfare office under the
 * person's consent; a probation officer broke the glass and waits for review.
 */
@Component
class DemoCase {

	private final Referrals referrals;
	private final CaseFiles cases;
	private final CaseInformation information;
	private final Disclosures disclosures;
	private final BreakGlass breakGlass;
	private final Hubs hubs;
	private final Accounts accounts;

	DemoCase(Referrals referrals, CaseFiles cases, CaseInformation information, Disclosures disclosures, BreakGlass breakGlass,
			Hubs hubs, Accounts accounts) {
		this.referrals = referrals;
		this.cases = cases;
		this.information = information;
		this.disclosures = disclosures;
		this.breakGlass = breakGlass;
		this.hubs = hubs;
		this.accounts = accounts;
	}

	void load(Map<String, UserId> people, LocalDate today) {
		var augsburg = hubs.all().stream().filter(hub -> hub.name().equals("Augsburg Prevention Network")).findFirst().orElseThrow();
		var coordinator = user(people, "elif.kaya");
		var teacher = user(people, "sofia.ricci");
		var socialWorker = user(people, "oleksandr.kovalenko");
		var psychiatrist = user(people, "amira.haddad");
		var officer = user(people, "lukas.nowak");

		var person = new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Tomasz", "Wójcik", null)),
				new DateOfBirth(2007, 5, 21), Sex.MALE, null, Set.of("Polish", "German"), List.of(), List.of());
		var referral = referrals.submit(new NewReferral(augsburg.id(), Concern.Channel.PRACTITIONER, null,
				"Since the summer he repeats conspiracy videos about 'replacement' in class and has stopped seeing his "
						+ "friends. He says he sleeps badly.", null, null, Concern.Type.FAR_RIGHT,
				Set.of(Concern.Vulnerability.SOCIAL_ISOLATION, Concern.Vulnerability.ONLINE_EXPOSURE, Concern.Vulnerability.MENTAL_HEALTH),
				Concern.Awareness.YES, Concern.Consent.GIVEN, Concern.Urgency.SOON, Optional.of(person), Optional.empty()), teacher);
		referrals.requestDeconfliction(referral, coordinator);
		referrals.answerDeconfliction(referral, Referral.Deconfliction.Answer.PROCEED, null, officer);
		referrals.decide(referral, Referral.Decision.PROCEED, "Isolation, online exposure and low mood: the hub takes it on "
				+ "with the clinic, the school and the youth welfare office.", null, coordinator);
		var caseId = cases.ofReferral(referral).orElseThrow().id();
		cases.appointOwner(caseId, socialWorker.id(), coordinator);
		cases.move(caseId, CaseState.INFORMATION_GATHERING, "Taken on at the network meeting: the clinic, the school and the "
				+ "youth welfare office find out together what he needs.", socialWorker);
		for (var member : List.of(psychiatrist, officer, teacher)) {
			cases.addToTeam(caseId, member.id(), coordinator);
		}
		// so that the case page shows the network's knowledge on online radicalisation and on working with families
		cases.markAttributes(caseId, EnumSet.of(CaseAttribute.ONLINE_ACTIVITY, CaseAttribute.FAMILY_INVOLVEMENT), socialWorker);

		information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "Attends fortnightly sessions since October. Moderate "
				+ "depressive episode; no acute risk of harm to himself or others at the last review.", Language.ENGLISH,
				psychiatrist);
		information.record(caseId, DataCategory.SECURITY, ItemKind.NOTE, "Named in a youth-group chat that shares material of "
				+ "a banned far-right network. No offence known.", Language.ENGLISH, officer);
		// the agreement lets social information reach the clinic for the case's work, not the police or the school
		information.record(caseId, DataCategory.SOCIAL, ItemKind.OBSERVATION, "Home visit: lives with his mother and younger "
				+ "sister; the family receives housing support. Mother wants help and comes to meetings.", Language.ENGLISH,
				socialWorker);
		var contact = information.record(caseId, DataCategory.SOCIAL, ItemKind.NOTE, "Mother reports that an older man from an "
				+ "online gaming group invites him to weekend 'training camps'; she asked that the police prevention officer "
				+ "be told.", Language.ENGLISH, socialWorker);
		information.record(caseId, DataCategory.EDUCATION, ItemKind.OBSERVATION, "Attendance down to 70 % this term; engaged "
				+ "and skilled in the metalwork workshop.", Language.ENGLISH, teacher);

		var consent = disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.HEALTH, DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), today.minusDays(5),
				Consent.Obtained.WRITTEN, "Consent form of " + today.minusDays(5), "Eighteen, understood what is shared and why."),
				psychiatrist);
		disclosures.disclose(caseId, new DisclosureRequest(Set.of(), "Engaged in treatment, no acute risk identified.",
				DataCategory.HEALTH, false, socialWorker.agencyId(), SharingPurpose.SUPPORT_PLANNING,
				"GDPR Art. 6(1)(e) and 9(2)(h); § 8a SGB VIII", Disclosure.Ground.CONSENT, consent, null, today.plusMonths(6)),
				psychiatrist);

		// the police read this one because the youth welfare office disclosed it for a purpose the agreement covers
		disclosures.disclose(caseId, new DisclosureRequest(Set.of(contact), null, null, false, officer.agencyId(),
				SharingPurpose.JOINT_ASSESSMENT, "GDPR Art. 6(1)(e); § 8a SGB VIII", Disclosure.Ground.PUBLIC_TASK, null,
				"§ 8a SGB VIII; Art. 4 BayDSG", null), socialWorker);

		breakGlass.openCase(caseId, "He called the probation office in distress tonight; the case team cannot be reached.",
				user(people, "piotr.kowalski"));
	}

	private CurrentUser user(Map<String, UserId> people, String username) {
		var id = people.get(username);
		var card = accounts.card(id).orElseThrow();
		return new CurrentUser(id, username, card.displayName(), card.agencyId(), card.profession(), card.roles(), 0);
	}
}
