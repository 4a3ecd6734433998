package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import eu.tandem.casework.CaseLifecycle.Allowed;
import eu.tandem.casework.CaseLifecycle.Facts;
import eu.tandem.casework.CaseLifecycle.Refused;
import eu.tandem.kernel.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case's life, move by move: every pair of states, the moves the table allows with exactly what each needs, and
 * every other move refused with its reason in words.
 */
class CaseLifecycleTest {

	private static final InEnglish ENGLISH = InEnglish.from("i18n/casework");

	/** Everything a move can need, given. */
	private static final Facts READY = new Facts(true, true, true, true, List.of());

	/** What each reason takes away from {@link #READY}. */
	private static final Map<String, UnaryOperator<Facts>> WITHOUT = Map.of(
			"noOwner", facts -> new Facts(false, facts.supportBasis(), facts.planAgreed(), facts.reasonGiven(), facts.stillOpen()),
			"noSupportBasis", facts -> new Facts(facts.hasOwner(), false, facts.planAgreed(), facts.reasonGiven(), facts.stillOpen()),
			"noAgreedPlan", facts -> new Facts(facts.hasOwner(), facts.supportBasis(), false, facts.reasonGiven(), facts.stillOpen()),
			"noReason", facts -> new Facts(facts.hasOwner(), facts.supportBasis(), facts.planAgreed(), false, facts.stillOpen()),
			"stillOpen", facts -> new Facts(facts.hasOwner(), facts.supportBasis(), facts.planAgreed(), facts.reasonGiven(),
					List.of("Call the school")));

	/** The allowed moves, "from > to", and the reasons each can be refused for; every other move is refused. */
	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			Map.entry("SCREENING > INFORMATION_GATHERING", Set.of("noOwner")),
			Map.entry("SCREENING > CLOSED", Set.of("noReason")),
			Map.entry("INFORMATION_GATHERING > SUPPORT", Set.of("noOwner", "noAgreedPlan", "noSupportBasis")),
			Map.entry("INFORMATION_GATHERING > CLOSED", Set.of("noReason")),
			Map.entry("SUPPORT > REVIEW", Set.of("noOwner")),
			Map.entry("REVIEW > SUPPORT", Set.of("noOwner", "noAgreedPlan", "noSupportBasis")),
			Map.entry("REVIEW > CLOSED", Set.of("noReason", "stillOpen")),
			Map.entry("CLOSED > FOLLOW_UP", Set.of()),
			Map.entry("CLOSED > ENDED", Set.of()),
			Map.entry("FOLLOW_UP > ENDED", Set.of("stillOpen")),
			Map.entry("CLOSED > INFORMATION_GATHERING", Set.of("noReason")),
			Map.entry("FOLLOW_UP > INFORMATION_GATHERING", Set.of("noReason")),
			Map.entry("ENDED > INFORMATION_GATHERING", Set.of("noReason")));

	static Stream<Arguments> everyPairOfStates() {
		return Arrays.stream(CaseState.values())
			.flatMap(from -> Arrays.stream(CaseState.values()).map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} > {1}")
	@MethodSource("everyPairOfStates")
	void eachMoveIsAllowedOrRefusedAsTheTableSays(CaseState from, CaseState to) {
		var needs = ALLOWED.get(from + " > " + to);
		if (needs == null) {
			var refused = CaseLifecycle.decide(from, to, READY);
			assertThat(refused).isInstanceOf(Refused.class);
			assertThat(codes(refused)).containsExactly(from == to ? "casework.lifecycle.already" : "casework.lifecycle.notAllowed");
			assertThat(CaseLifecycle.next(from)).doesNotContain(to);
			return;
		}
		assertThat(CaseLifecycle.decide(from, to, READY)).isInstanceOf(Allowed.class);
		assertThat(CaseLifecycle.next(from)).contains(to);
		for (var reason : WITHOUT.keySet()) {
			var decision = CaseLifecycle.decide(from, to, WITHOUT.get(reason).apply(READY));
			if (needs.contains(reason)) {
				assertThat(decision).as("without " + reason).isInstanceOf(Refused.class);
				assertThat(codes(decision)).as("without " + reason).containsExactly(code(reason, from, to));
			}
			else {
				assertThat(decision).as(reason + " does not matter here").isInstanceOf(Allowed.class);
			}
		}
	}

	@Test
	void aRefusalGivesEveryReasonAtOnceInTheOrderTheFormAsksThem() {
		var nothing = new Facts(false, false, false, false, List.of());

		assertThat(codes(CaseLifecycle.decide(CaseState.INFORMATION_GATHERING, CaseState.SUPPORT, nothing))).containsExactly(
				"casework.lifecycle.noOwner", "casework.lifecycle.noAgreedPlan", "casework.lifecycle.noSupportBasis");
	}

	@Test
	void eachReasonIsTiedToWhatWouldMendIt() {
		var fields = ((Refused) CaseLifecycle.decide(CaseState.REVIEW, CaseState.CLOSED,
				new Facts(false, false, false, false, List.of("Call the school")))).reasons().stream()
			.collect(java.util.stream.Collectors.toMap(reason -> reason.getCodes()[0], reason -> reason.field()));
		assertThat(fields).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("casework.lifecycle.stillOpen", "to",
				"casework.lifecycle.noCloseReason", "reason"));
	}

	@Test
	void theReasonsReadAsSentencesThatSayWhatToDo() {
		var open = new Facts(true, true, true, true, List.of("Call the school", "Book the family session"));
		assertThat(english(CaseLifecycle.decide(CaseState.REVIEW, CaseState.CLOSED, open)))
			.containsExactly("2 things are still open: Call the school; Book the family session. Finish or hand them over first.");
		assertThat(english(CaseLifecycle.decide(CaseState.SUPPORT, CaseState.CLOSED, READY)))
			.containsExactly("A case in “support” cannot move to “closed”.");
		assertThat(english(CaseLifecycle.decide(CaseState.INFORMATION_GATHERING, CaseState.SUPPORT,
				new Facts(true, false, true, true, List.of()))))
			.containsExactly("A support plan needs a recorded legal basis or the person’s consent to support.");
		assertThat(english(CaseLifecycle.decide(CaseState.ENDED, CaseState.INFORMATION_GATHERING,
				new Facts(true, true, true, false, List.of()))))
			.containsExactly("Say in a sentence why the case is reopened: what has changed.");
		assertThat(english(CaseLifecycle.decide(CaseState.CLOSED, CaseState.CLOSED, READY)))
			.containsExactly("The case is already in “closed”.");
	}

	@Test
	void onlyTheStatesBeforeClosingAreOpen() {
		assertThat(Arrays.stream(CaseState.values()).filter(CaseState::open)).containsExactly(CaseState.SCREENING,
				CaseState.INFORMATION_GATHERING, CaseState.SUPPORT, CaseState.REVIEW);
	}

	private static String code(String reason, CaseState from, CaseState to) {
		if (reason.equals("noReason")) {
			return from.open() ? "casework.lifecycle.noCloseReason" : "casework.lifecycle.noReopenReason";
		}
		return "casework.lifecycle." + reason;
	}

	private static List<String> codes(CaseLifecycle.Decision decision) {
		var codes = new ArrayList<String>();
		if (decision instanceof Refused refused) {
			refused.reasons().forEach(reason -> codes.add(reason.getCodes()[0]));
		}
		return codes;
	}

	private static List<String> english(CaseLifecycle.Decision decision) {
		return ((Refused) decision).reasons().stream().map(ENGLISH::of).toList();
	}
}
