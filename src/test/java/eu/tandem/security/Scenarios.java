package eu.tandem.security;

import static eu.tandem.security.Actor.COORD;
import static eu.tandem.security.Actor.DPO;
import static eu.tandem.security.Actor.GLASS;
import static eu.tandem.security.Actor.OWNER;
import static eu.tandem.security.Actor.POLICE;
import static eu.tandem.security.Actor.REFERRER;
import static eu.tandem.security.Actor.TEAM;
import static eu.tandem.security.Actor.UNCOVERED;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.BreakGlass;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseState;
import eu.tandem.hub.AgreementTerms.FlowTerm;
import eu.tandem.hub.AgreementTerms;
import eu.tandem.hub.Art6Basis;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.HubSetup;
import eu.tandem.hub.PurposeBasis;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonId;
import eu.tandem.person.PersonName;
import eu.tandem.plan.AgreementInput;
import eu.tandem.plan.DecidedBy;
import eu.tandem.plan.Frequency;
import eu.tandem.plan.GoalInput;
import eu.tandem.plan.InterventionInput;
import eu.tandem.plan.InterventionStatus;
import eu.tandem.plan.Obtained;
import eu.tandem.plan.Plans;
import eu.tandem.review.Decision;
import eu.tandem.review.FollowUpFixtures;
import eu.tandem.review.Outcome;
import eu.tandem.review.ReviewInput;
import eu.tandem.review.Reviews;
import eu.tandem.plan.TaskInput;
import eu.tandem.plan.TypedAgainst;
import eu.tandem.referral.Concern;
import eu.tandem.referral.NewReferral;
import eu.tandem.referral.Referral;
import eu.tandem.referral.Referrals;
import eu.tandem.sharing.CaseInformation;
import eu.tandem.sharing.Consent;
import eu.tandem.sharing.ConsentRequest;
import eu.tandem.sharing.Contact;
import eu.tandem.sharing.ContactRequest;
import eu.tandem.sharing.Disclosure;
import eu.tandem.sharing.DisclosureRequest;
import eu.tandem.sharing.Disclosures;
import eu.tandem.sharing.ItemId;
import eu.tandem.sharing.ItemKind;
import eu.tandem.sharing.SubjectAccess;
import eu.tandem.sharing.Wording;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TestTotp;
import eu.tandem.web.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Cast} and {@link Scenario}s through the modules' own facades, the way the application's own
 * screens would have made them: a referral decided after deconfliction opens the case, the coordinator appoints
 * the owner and the team, and so on. Only what is set-up work for a hub (the hub, its agencies, its agreement) uses
 * the set-up entry points.
 */
@Component
class Scenarios {

	/** What some endpoints need beyond the common scenario. */
	enum Preparation {
		/** The coordinator asked the police member to deconflict the referral in triage. */
		DECONFLICTION_REQUESTED,
		/** The coordinator decided that the referral in triage is about the case's person; the records are merged. */
		TRIAGE_PERSON_LINKED,
		/** The glass breaker opened the case's justice information with the second step; probation is told. */
		JUSTICE_STEP_TAKEN,
		/**
		 * The owner recorded security information in the case, and the hub's data protection officer started a subject
		 * access request about the person: the security item waits for a decision.
		 */
		SUBJECT_ACCESS_STARTED,
		/** As started, and the officer withheld every entry that waited, with the ground: ready to finalise. */
		SUBJECT_ACCESS_REVIEWED,
		/** As reviewed, and finalised. */
		SUBJECT_ACCESS_FINAL,
		/** The owner drafted the case's support plan: version 1 with one goal, a task on it, and an intervention serving it. */
		PLAN_DRAFTED,
		/** As drafted, and the person agreed to version 1. */
		PLAN_AGREED,
		/** As agreed, and the owner moved the case into support. */
		UNDER_SUPPORT,
		/** Under support, closed by a review with its task done, and the first follow-up check due and started. */
		FOLLOW_UP_DUE
	}

	private final Fixtures fixtures;
	private final HubSetup hubs;
	private final Referrals referrals;
	private final CaseFiles cases;
	private final BreakGlass breakGlass;
	private final CaseInformation information;
	private final Disclosures disclosures;
	private final SubjectAccess subjectAccess;
	private final Plans plans;
	private final Reviews reviews;
	private final FollowUpFixtures followUps;
	private final JdbcClient jdbc;

	Scenarios(Fixtures fixtures, HubSetup hubs, Referrals referrals, CaseFiles cases, BreakGlass breakGlass,
			CaseInformation information, Disclosures disclosures, SubjectAccess subjectAccess, Plans plans, Reviews reviews,
			FollowUpFixtures followUps, JdbcClient jdbc) {
		this.reviews = reviews;
		this.followUps = followUps;
		this.plans = plans;
		this.fixtures = fixtures;
		this.hubs = hubs;
		this.referrals = referrals;
		this.cases = cases;
		this.breakGlass = breakGlass;
		this.information = information;
		this.disclosures = disclosures;
		this.subjectAccess = subjectAccess;
		this.jdbc = jdbc;
	}

	/** New agencies and one new account per relationship; the other hub holds only the agency "elsewhere". */
	Cast cast() {
		var youthWork = fixtures.agency(Sector.YOUTH_WORK, "Youth work " + Fixtures.unique());
		var clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Clinic " + Fixtures.unique());
		var police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		var school = fixtures.agency(Sector.EDUCATION, "School " + Fixtures.unique());
		var elsewhere = fixtures.agency(Sector.POLICE, "Police elsewhere " + Fixtures.unique());
		var probation = fixtures.agency(Sector.PRISON_AND_PROBATION, "Probation " + Fixtures.unique());
		var members = new EnumMap<Actor, StaffMember>(Actor.class);
		members.put(Actor.TEAM, fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER));
		members.put(Actor.OWNER, fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER));
		members.put(Actor.COORD, fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR));
		members.put(Actor.HUB_PRAC, fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER));
		members.put(Actor.OTHER_HUB, fixtures.staff(elsewhere, Profession.POLICE_OFFICER, Role.PRACTITIONER));
		members.put(Actor.GLASS, fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER));
		members.put(Actor.SYSADMIN, fixtures.staff(youthWork, Profession.OTHER, Role.SYSTEM_ADMINISTRATOR));
		members.put(Actor.DPO, fixtures.staff(school, Profession.OTHER, Role.DATA_PROTECTION_OFFICER));
		members.put(Actor.OTHER_DPO, fixtures.staff(elsewhere, Profession.OTHER, Role.DATA_PROTECTION_OFFICER));
		members.put(Actor.REFERRER, fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER));
		members.put(Actor.POLICE, fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER));
		members.put(Actor.UNCOVERED, fixtures.staff(probation, Profession.PROBATION_OFFICER, Role.PRACTITIONER));
		var otherHub = hubs.create(hubDetails("Other hub " + Fixtures.unique())).id();
		hubs.addAgency(otherHub, elsewhere, "member");
		return new Cast(youthWork, clinic, police, school, elsewhere, probation, otherHub, members);
	}

	/**
	 * A hub of the cast's five agencies, with the coordinator, the police member and the probation officer appointed,
	 * and an agreement that lets social information go from the youth workers and the clinic to the police, and from
	 * the youth workers to the clinic and the school, to plan support — and none to probation. No person yet.
	 */
	HubId hub(Cast cast, String name) {
		var hub = hubs.create(hubDetails(name)).id();
		for (var agency : parties(cast)) {
			hubs.addAgency(hub, agency, "member");
		}
		hubs.appoint(hub, cast.member(COORD).id(), HubRole.COORDINATOR);
		hubs.appoint(hub, cast.member(POLICE).id(), HubRole.STANDING_MEMBER);
		hubs.appoint(hub, cast.member(UNCOVERED).id(), HubRole.ADVISOR);
		agreement(hub, cast);
		return hub;
	}

	Scenario build(Cast cast, Set<Preparation> preparations) {
		// letters only: the tag goes into the person's surname
		var tag = "Zq" + Fixtures.uniqueLetters();
		var hubName = "Matrix hub " + Fixtures.unique();
		var hub = hub(cast, hubName);

		var probe = new Scenario(cast, tag, hub, hubName, null, null, null, null, null, null, null, 0, null, null, null, null, null,
				null, null, 0, null, null, 0, null, null);
		var caseReferral = referrals.submit(referral(hub, probe.surname(), probe.caseConcern()), cast.user(REFERRER));
		referrals.requestDeconfliction(caseReferral, cast.user(COORD));
		referrals.answerDeconfliction(caseReferral, Referral.Deconfliction.Answer.PROCEED, null, cast.user(POLICE));
		referrals.decide(caseReferral, Referral.Decision.PROCEED, "Isolation and online exposure: the hub takes it on.", null,
				cast.user(COORD));
		var file = cases.ofReferral(caseReferral).orElseThrow();
		var caseId = file.id();
		var person = file.person();
		cases.appointOwner(caseId, cast.member(OWNER).id(), cast.user(COORD));
		cases.addToTeam(caseId, cast.member(TEAM).id(), cast.user(COORD));
		cases.addToTeam(caseId, cast.member(UNCOVERED).id(), cast.user(COORD));
		var grant = breakGlass.openCase(caseId, "He said tonight he will hurt his brother " + tag, cast.user(GLASS)).id();
		var socialItem = information.record(caseId, DataCategory.SOCIAL, ItemKind.NOTE, probe.socialText(), Language.ENGLISH,
				cast.user(OWNER));
		information.recordContact(caseId, new ContactRequest(LocalDate.now().minusDays(1), Contact.With.PARENT_OR_GUARDIAN,
				Contact.Mode.PHONE, true, DataCategory.SOCIAL, probe.contactText(), Language.ENGLISH), cast.user(OWNER),
				Wording.AS_WRITTEN);
		var healthItem = information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, probe.healthText(), Language.ENGLISH,
				cast.user(TEAM));
		var justiceItem = information.record(caseId, DataCategory.JUSTICE, ItemKind.NOTE, probe.justiceText(), Language.ENGLISH,
				cast.user(UNCOVERED));
		var version = jdbc.sql("select version from sharing.item where id = :id").param("id", healthItem.value()).query(Long.class)
			.single();
		var disclosure = disclosures.disclose(caseId, new DisclosureRequest(Set.of(), "Attends the youth centre weekly " + tag,
				DataCategory.SOCIAL, false, cast.police(), SharingPurpose.SUPPORT_PLANNING, probe.legalBasis(),
				Disclosure.Ground.VITAL_INTERESTS, null, null, null), cast.user(OWNER));
		var consent = disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON,
				Set.of(cast.police()), Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), LocalDate.now(),
				Consent.Obtained.WRITTEN, probe.consentDocument(), null), cast.user(OWNER));

		var triageReferral = referrals.submit(referral(hub, probe.surname(), probe.triageConcern()), cast.user(REFERRER));
		var triagePerson = personOf(triageReferral);
		if (preparations.contains(Preparation.DECONFLICTION_REQUESTED)) {
			referrals.requestDeconfliction(triageReferral, cast.user(COORD));
		}
		if (preparations.contains(Preparation.TRIAGE_PERSON_LINKED)) {
			referrals.sameAsKnownPerson(triageReferral, person, "Same name, same school, same family", cast.user(COORD));
		}
		var notice = UUID.randomUUID();
		if (preparations.contains(Preparation.JUSTICE_STEP_TAKEN)) {
			// a glass breaker of its own, so that the actors' standing and authenticator codes stay as they are
			var breaker = fixtures.staff(cast.school(), Profession.TEACHER, Role.PRACTITIONER);
			breakGlass.openCase(caseId, "He said tonight he will hurt his brother " + tag, breaker.asCurrentUser());
			breakGlass.openCategory(caseId, DataCategory.JUSTICE, probe.justiceStepReason(),
					TestTotp.freshCode(breaker.totpSecret()), breaker.asCurrentUser());
			notice = jdbc.sql("select id from sharing.emergency_notice where case_id = :case and recipient_id = :recipient")
				.param("case", caseId.value()).param("recipient", cast.member(UNCOVERED).id().value()).query(UUID.class).single();
		}
		ItemId securityItem = null;
		UUID request = null;
		var withheldEntry = 0;
		if (preparations.contains(Preparation.SUBJECT_ACCESS_STARTED) || preparations.contains(Preparation.SUBJECT_ACCESS_REVIEWED)
				|| preparations.contains(Preparation.SUBJECT_ACCESS_FINAL)) {
			securityItem = information.record(caseId, DataCategory.SECURITY, ItemKind.NOTE, probe.securityText(), Language.ENGLISH,
					cast.user(OWNER));
			request = subjectAccess.start(caseId, cast.user(DPO), Language.ENGLISH);
			withheldEntry = jdbc.sql("select position from sharing.subject_access_entry where request_id = :request and entry_key = :key")
				.param("request", request).param("key", "item-" + securityItem.value()).query(Integer.class).single();
			if (!preparations.contains(Preparation.SUBJECT_ACCESS_STARTED)) {
				var waiting = jdbc.sql("select position from sharing.subject_access_entry where request_id = :request and decision = 'PENDING'")
					.param("request", request).query(Integer.class).list();
				for (var entry : waiting) {
					subjectAccess.withhold(request, entry, "GDPR Art. 23(1)(d) with § 57 BDSG", false, 0, cast.user(DPO));
				}
			}
			if (preparations.contains(Preparation.SUBJECT_ACCESS_FINAL)) {
				subjectAccess.finalise(request, cast.user(DPO));
			}
		}
		UUID planGoal = null;
		UUID planTask = null;
		UUID planIntervention = null;
		long planRowVersion = 0;
		var supported = preparations.contains(Preparation.UNDER_SUPPORT) || preparations.contains(Preparation.FOLLOW_UP_DUE);
		if (preparations.contains(Preparation.PLAN_DRAFTED) || preparations.contains(Preparation.PLAN_AGREED) || supported) {
			var owner = cast.user(OWNER);
			planGoal = plans.addGoal(caseId, new GoalInput(probe.planGoalText(), "Trainings a week", "0", "2", cast.member(TEAM).id(),
					LocalDate.now().plusMonths(2)), TypedAgainst.NO_PLAN_YET, owner);
			planTask = plans.addTask(caseId, planGoal, new TaskInput(probe.planTaskText(), cast.member(OWNER).id(), LocalDate.now(),
					LocalDate.now().plusDays(7)), new TypedAgainst(1, planRowVersion(caseId)), owner);
			planIntervention = plans.addIntervention(caseId, new InterventionInput("mentoring", cast.clinic(), cast.member(TEAM).id(),
					LocalDate.now(), Frequency.WEEKLY, null, InterventionStatus.PLANNED, Set.of(planGoal)),
					new TypedAgainst(1, planRowVersion(caseId)), owner);
			if (preparations.contains(Preparation.PLAN_AGREED) || supported) {
				plans.agree(caseId, new AgreementInput(DecidedBy.PERSON, LocalDate.now(), Obtained.WRITTEN, null),
						new TypedAgainst(1, planRowVersion(caseId)), owner);
			}
			planRowVersion = planRowVersion(caseId);
		}
		UUID followUp = null;
		if (supported) {
			var owner = cast.user(OWNER);
			cases.move(caseId, CaseState.INFORMATION_GATHERING, null, owner);
			cases.move(caseId, CaseState.SUPPORT, null, owner);
			if (preparations.contains(Preparation.FOLLOW_UP_DUE)) {
				plans.markTask(caseId, planTask, true, new TypedAgainst(1, planRowVersion(caseId)), owner);
				planRowVersion = planRowVersion(caseId);
				reviews.record(caseId, new ReviewInput(List.of("2"), List.of(""), "Trainings with his mentor", null, Decision.CLOSE,
						"Both goals are met and he trains twice a week.", Outcome.GOALS_MET, null), owner);
				followUp = followUps.firstStarted(caseId);
			}
		}
		return new Scenario(cast, tag, hub, hubName, caseId, person, caseReferral, triageReferral, triagePerson, socialItem,
				healthItem, version, disclosure, consent, grant, justiceItem, notice, securityItem, request, withheldEntry, planGoal,
				planTask, planRowVersion, planIntervention, followUp);
	}

	private long planRowVersion(eu.tandem.casework.CaseId caseId) {
		return jdbc.sql("select row_version from plan.plan_version where case_id = :case and number = 1").param("case", caseId.value())
			.query(Long.class).single();
	}

	private PersonId personOf(ReferralId referral) {
		return new PersonId(jdbc.sql("select person_id from referral.referral where id = :id").param("id", referral.value())
			.query(UUID.class).single());
	}

	private void agreement(HubId hub, Cast cast) {
		var today = LocalDate.now();
		var parties = Set.copyOf(parties(cast));
		var version = hubs.draft(hub, new AgreementTerms("Covenant " + Fixtures.unique(), today.minusDays(1),
				today.plusYears(1), today.plusMonths(6), "24 months after closure", parties,
				List.of(new PurposeBasis(SharingPurpose.SUPPORT_PLANNING, Art6Basis.PUBLIC_TASK, null, null, "Youth Care Act s. 7.4")),
				List.of(new FlowTerm(DataCategory.SOCIAL, Sector.YOUTH_WORK, Sector.POLICE, SharingPurpose.SUPPORT_PLANNING),
						new FlowTerm(DataCategory.SOCIAL, Sector.MENTAL_HEALTH_CARE, Sector.POLICE, SharingPurpose.SUPPORT_PLANNING),
						new FlowTerm(DataCategory.SOCIAL, Sector.YOUTH_WORK, Sector.MENTAL_HEALTH_CARE, SharingPurpose.SUPPORT_PLANNING),
						new FlowTerm(DataCategory.SOCIAL, Sector.YOUTH_WORK, Sector.EDUCATION, SharingPurpose.SUPPORT_PLANNING))),
				cast.member(COORD).id());
		for (AgencyId party : parties) {
			hubs.sign(version.agreement(), version.number(), party, cast.member(COORD).id(), "Signatory",
					today.minusDays(1));
		}
	}

	private static List<AgencyId> parties(Cast cast) {
		return List.of(cast.youthWork(), cast.clinic(), cast.police(), cast.school(), cast.probation());
	}

	private static NewReferral referral(HubId hub, String surname, String concern) {
		return new NewReferral(hub, Concern.Channel.PRACTITIONER, null, concern, null, null, Concern.Type.MIXED_OR_UNCLEAR,
				Set.of(Concern.Vulnerability.SOCIAL_ISOLATION), Concern.Awareness.NO, Concern.Consent.NOT_ASKED,
				Concern.Urgency.SOON, Optional.of(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Youssef", surname,
						null)), null, null, null, Set.of(), List.of(), List.of())), Optional.empty());
	}

	private static HubDetails hubDetails(String name) {
		return new HubDetails(name, HubLevel.LOCAL, new Country("NL"), null, null, null, null, null, null, null, null, null, null);
	}
}
