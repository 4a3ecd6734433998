package eu.tandem.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import eu.tandem.hub.InterventionType;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.web.Words;
import org.junit.jupiter.api.Test;

import static eu.tandem.plan.SupportPlanRulesTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an intervention in a support plan, each refused with the reason on its field. */
class InterventionRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
	static final UserId OWNER = UserId.random();
	static final UserId OUTSIDER = UserId.random();
	static final AgencyId MEMBER = new AgencyId(UUID.randomUUID());
	static final AgencyId ELSEWHERE = new AgencyId(UUID.randomUUID());
	static final UUID GOAL = UUID.randomUUID();
	static final Predicate<UserId> ON_TEAM = Set.of(OWNER)::contains;
	static final Predicate<AgencyId> IN_HUB = Set.of(MEMBER)::contains;
	static final String RETIRED = "hub:" + UUID.randomUUID();
	static final Function<String, Optional<InterventionType>> CATALOGUE = code -> Optional.ofNullable(Map.of(
			"mentoring", type("mentoring", false),
			RETIRED, type(RETIRED, true)).get(code));

	static InterventionType type(String code, boolean retired) {
		return new InterventionType(code, Words.of("hub.intervention." + code), Words.of("hub.intervention." + code + ".about"), null, null,
				null, retired);
	}

	static InterventionInput typed(String code, AgencyId provider, UserId responsible, LocalDate starts, LocalDate ends, Set<UUID> goals) {
		return new InterventionInput(code, provider, responsible, starts, Frequency.WEEKLY, ends, InterventionStatus.PLANNED, goals);
	}

	static PlannedIntervention check(InterventionInput typed, String savedCode) {
		return PlannedIntervention.check(typed, CATALOGUE, IN_HUB, ON_TEAM, Set.of(GOAL), savedCode);
	}

	@Test
	void anInterventionFromTheCatalogueByAMemberAgencyServingAGoalIsPlanned() {
		var planned = check(typed("mentoring", MEMBER, OWNER, TODAY, null, Set.of(GOAL)), null);

		assertThat(planned.code()).isEqualTo("mentoring");
		assertThat(planned.ends()).isNull();
		assertThat(planned.goals()).containsExactly(GOAL);
	}

	@Test
	void anAgencyOutsideTheHubAndAPractitionerOutsideTheTeamAreRefusedAtOnce() {
		assertThat(problems(() -> check(typed("mentoring", ELSEWHERE, OUTSIDER, TODAY, null, Set.of(GOAL)), null)))
			.containsExactlyInAnyOrder("provider:plan.error.providerNotInHub", "practitioner:plan.error.notOnTeam");
	}

	@Test
	void anInterventionEndingBeforeItStartsIsRefused() {
		assertThat(problems(() -> check(typed("mentoring", MEMBER, OWNER, TODAY, TODAY.minusDays(1), Set.of(GOAL)), null)))
			.containsExactly("ends:plan.error.interventionEndsBeforeStart");
		assertThatThrownBy(() -> new PlannedIntervention("mentoring", MEMBER, OWNER, TODAY, Frequency.ONCE, TODAY.minusDays(1),
				InterventionStatus.PLANNED, Set.of(GOAL))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anInterventionServingNoGoalOrAGoalOfAnotherVersionIsRefused() {
		assertThat(problems(() -> check(typed("mentoring", MEMBER, OWNER, TODAY, null, Set.of()), null)))
			.containsExactly("goals:plan.error.noGoalServed");
		assertThat(problems(() -> check(typed("mentoring", MEMBER, OWNER, TODAY, null, Set.of(UUID.randomUUID())), null)))
			.containsExactly("goals:plan.error.goalNotInPlan");
	}

	@Test
	void anUnknownCodeIsRefusedAndARetiredOneOnlyKeptWhereItWasChosen() {
		assertThat(problems(() -> check(typed("astrology", MEMBER, OWNER, TODAY, null, Set.of(GOAL)), null)))
			.containsExactly("code:plan.error.interventionUnknown");
		assertThat(problems(() -> check(typed(RETIRED, MEMBER, OWNER, TODAY, null, Set.of(GOAL)), null)))
			.containsExactly("code:plan.error.interventionRetired");
		assertThat(problems(() -> check(typed(RETIRED, MEMBER, OWNER, TODAY, null, Set.of(GOAL)), "mentoring")))
			.containsExactly("code:plan.error.interventionRetired");

		assertThat(check(typed(RETIRED, MEMBER, OWNER, TODAY, null, Set.of(GOAL)), RETIRED).code()).isEqualTo(RETIRED);
	}

	@Test
	void anEmptyFormIsRefusedOnEveryRequiredField() {
		var empty = new InterventionInput("", null, null, null, null, null, null, Set.of());

		assertThat(problems(() -> check(empty, null))).containsExactlyInAnyOrder("code:plan.error.interventionMissing",
				"provider:plan.error.providerMissing", "practitioner:plan.error.nobodyChosen", "begins:plan.error.interventionStartMissing",
				"frequency:plan.error.frequencyMissing", "status:plan.error.statusMissing", "goals:plan.error.noGoalServed");
	}
}
