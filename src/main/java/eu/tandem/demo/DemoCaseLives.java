package eu.tandem.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseState;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.UserId;
import eu.tandem.person.DateOfBirth;
import eu.tandem.plan.AgreementInput;
import eu.tandem.plan.DecidedBy;
import eu.tandem.plan.Frequency;
import eu.tandem.plan.GoalInput;
import eu.tandem.plan.InterventionInput;
import eu.tandem.plan.InterventionStatus;
import eu.tandem.plan.Obtained;
import eu.tandem.plan.Plans;
import eu.tandem.plan.TaskInput;
import eu.tandem.plan.TypedAgainst;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Sex;
import eu.tandem.referral.Concern;
import eu.tandem.referral.NewReferral;
import eu.tandem.referral.Referral;
import eu.tandem.referral.Referrals;
import eu.tandem.sharing.Consent;
import eu.tandem.sharing.ConsentRequest;
import eu.tandem.sharing.Disclosures;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Cases at every stage of their life in both demo hubs, so that each screen of case work can be tried at once:
 * screening, information gathering, support, review, closed, follow-up and ended. Each is opened the way a hub opens
 * one — a referral, the police member's "proceed", the coordinator's decision — and moved on by its owner through
 * {@code CaseLifecycle}'s rule. Every person is invented.
 */
@Component
class DemoCaseLives {

	/** Who acts in a hub's demo cases. */
	private record Cast(Hub hub, CurrentUser coordinator, CurrentUser police, CurrentUser referrer) {
	}

	private final Referrals referrals;
	private final CaseFiles cases;
	private final Plans plans;
	private final Disclosures disclosures;
	private final Hubs hubs;
	private final Accounts accounts;

	DemoCaseLives(Referrals referrals, CaseFiles cases, Plans plans, Disclosures disclosures, Hubs hubs, Accounts accounts) {
		this.referrals = referrals;
		this.plans = plans;
		this.cases = cases;
		this.disclosures = disclosures;
		this.hubs = hubs;
		this.accounts = accounts;
	}

	void load(Map<String, UserId> people, LocalDate today) {
		var augsburg = new Cast(hub("Augsburg Prevention Network"), user(people, "elif.kaya"), user(people, "lukas.nowak"),
				user(people, "sofia.ricci"));
		var aarhus = new Cast(hub("Aarhus Infohouse"), user(people, "anders.nielsen"), user(people, "mikkel.jensen"),
				user(people, "kwame.mensah"));

		open(augsburg, person("Jana", "Horváth", new DateOfBirth(2009, 11, 2), Sex.FEMALE), "Since her brother's arrest she "
				+ "defends his group's posts in class and has stopped coming to sports.", Concern.Type.FAR_RIGHT);
		var screeningAarhus = open(aarhus, person("Ali", "Haidari", new DateOfBirth(2007, 4, 19), Sex.MALE), "Spends nights in "
				+ "forums that praise attacks; his youth club worries that he has nobody to talk to.", Concern.Type.RELIGIOUSLY_MOTIVATED);
		cases.appointOwner(screeningAarhus, people.get("kwame.mensah"), aarhus.coordinator());

		var gathering = open(aarhus, person("Freja", "Lund", new DateOfBirth(2008, 1, 30), Sex.FEMALE), "Has started sharing "
				+ "eco-extremist calls to sabotage; her parents ask for help.", Concern.Type.SINGLE_ISSUE);
		var zeynep = user(people, "zeynep.arslan");
		cases.appointOwner(gathering, zeynep.id(), aarhus.coordinator());
		cases.addToTeam(gathering, people.get("niamh.obrien"), zeynep);
		cases.move(gathering, CaseState.INFORMATION_GATHERING, "Taken on: the family counsellor meets the parents first, "
				+ "the psychiatric nurse sees Freja.", zeynep);
		consentToSupport(gathering, zeynep, today);

		var ayse = user(people, "ayse.demir");
		var supported = open(augsburg, person("Emir", "Hodžić", new DateOfBirth(2003, 8, 8), Sex.MALE), "Back from a year abroad "
				+ "with a group that fought in Syria; wants out, but fears his old friends.", Concern.Type.RELIGIOUSLY_MOTIVATED);
		cases.appointOwner(supported, ayse.id(), augsburg.coordinator());
		cases.move(supported, CaseState.INFORMATION_GATHERING, "Taken on with the exit network.", ayse);
		consentToSupport(supported, ayse, today);
		underAPlan(supported, ayse, new GoalInput("Has a daily routine outside his old circle", "Days a week in work or training",
				"0", "4", ayse.id(), today.plusMonths(4)), "exit-programme", ayse, Frequency.WEEKLY, DecidedBy.PERSON, null, today);
		cases.move(supported, CaseState.SUPPORT, "He signed the plan; the exit programme starts this week.", ayse);

		var kwame = user(people, "kwame.mensah");
		var reviewed = open(aarhus, person("Oskar", "Berg", new DateOfBirth(2009, 3, 14), Sex.MALE), "Plays games with a group "
				+ "that shares far-right memes; he has stopped coming to the club's football.", Concern.Type.FAR_RIGHT);
		cases.appointOwner(reviewed, kwame.id(), aarhus.coordinator());
		cases.move(reviewed, CaseState.INFORMATION_GATHERING, "Taken on by the youth club with his parents.", kwame);
		consentToSupport(reviewed, kwame, today);
		underAPlan(reviewed, kwame, new GoalInput("Plays football with the club again", "Training sessions a month",
				"0", "6", kwame.id(), today.plusMonths(3)), "mentoring", kwame, Frequency.FORTNIGHTLY, DecidedBy.GUARDIAN, "Ask the coach for a trial training", today);
		cases.move(reviewed, CaseState.SUPPORT, "His parents signed the plan for him.", kwame);
		cases.move(reviewed, CaseState.REVIEW, "Three months on: the team looks at how it goes.", kwame);

		var notTakenOn = open(augsburg, person("Nikola", "Petrović", new DateOfBirth(2004, 6, 12), Sex.MALE), "Posts threats "
				+ "against a local imam; known to the probation service.", Concern.Type.FAR_RIGHT);
		var piotr = user(people, "piotr.kowalski");
		cases.appointOwner(notTakenOn, piotr.id(), augsburg.coordinator());
		cases.close(notTakenOn, "Not taken further by the hub: the probation service already supports him under a court "
				+ "order, and the exit network works with him there.", piotr);
	}

	private CaseId open(Cast cast, PersonDetails person, String concern, Concern.Type type) {
		var referral = referrals.submit(new NewReferral(cast.hub().id(), Concern.Channel.PRACTITIONER, null, concern, null, null, type,
				Set.of(Concern.Vulnerability.SOCIAL_ISOLATION, Concern.Vulnerability.ONLINE_EXPOSURE), Concern.Awareness.YES,
				Concern.Consent.GIVEN, Concern.Urgency.SOON, Optional.of(person), Optional.empty()), cast.referrer());
		referrals.requestDeconfliction(referral, cast.coordinator());
		referrals.answerDeconfliction(referral, Referral.Deconfliction.Answer.PROCEED, null, cast.police());
		referrals.decide(referral, Referral.Decision.PROCEED, "The hub takes it on: several member agencies can help.", null,
				cast.coordinator());
		return cases.ofReferral(referral).orElseThrow().id();
	}

	/**
	 * A plan with one goal (and a task on it, if named) and one intervention from the catalogue, provided by the owner's agency, agreed by the person
	 * or for a minor the guardian. Returns the goal.
	 */
	private java.util.UUID underAPlan(CaseId caseId, CurrentUser owner, GoalInput goal, String intervention, CurrentUser provider,
			Frequency frequency, DecidedBy agreedBy, @Nullable String task, LocalDate today) {
		var goalId = plans.addGoal(caseId, goal, TypedAgainst.NO_PLAN_YET, owner);
		if (task != null) {
			plans.addTask(caseId, goalId, new TaskInput(task, owner.id(), today, today.plusDays(10)), plans.against(caseId, owner), owner);
		}
		plans.addIntervention(caseId, new InterventionInput(intervention, provider.agencyId(), provider.id(), today, frequency, null,
				InterventionStatus.RUNNING, Set.of(goalId)), plans.against(caseId, owner), owner);
		plans.agree(caseId, new AgreementInput(agreedBy, today, Obtained.WRITTEN, "Signed at the first meeting"),
				plans.against(caseId, owner), owner);
		return goalId;
	}

	/** The person consents to planning and delivering support, so that support can begin once they agree to a plan. */
	private void consentToSupport(CaseId caseId, CurrentUser owner, LocalDate today) {
		disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), today.minusDays(2), Consent.Obtained.WRITTEN,
				null, null), owner);
	}

	private Hub hub(String name) {
		return hubs.all().stream().filter(hub -> hub.name().equals(name)).findFirst().orElseThrow();
	}

	private CurrentUser user(Map<String, UserId> people, String username) {
		var id = people.get(username);
		var card = accounts.card(id).orElseThrow();
		return new CurrentUser(id, username, card.displayName(), card.agencyId(), card.profession(), card.roles(), 0);
	}

	private static PersonDetails person(String given, String surname, DateOfBirth born, Sex sex) {
		return new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, given, surname, null)), born, sex, null, Set.of(),
				List.of(), List.of());
	}
}
