package eu.tandem.casework;

import static eu.tandem.casework.CaseState.CLOSED;
import static eu.tandem.casework.CaseState.ENDED;
import static eu.tandem.casework.CaseState.FOLLOW_UP;
import static eu.tandem.casework.CaseState.INFORMATION_GATHERING;
import static eu.tandem.casework.CaseState.REVIEW;
import static eu.tandem.casework.CaseState.SCREENING;
import static eu.tandem.casework.CaseState.SUPPORT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;

/**
 * The one rule for a case's life: which state a case may move to from the one it is in, and what the move needs.
 * Every move is asked here, and a refused one comes back with each reason in words the screen shows as they are
 * ("The case has no owner."; "2 actions are still open: …").
 * <p>
 * The moves:
 * <ul>
 * <li>screening → information gathering, once the case has an owner; or → closed, saying why (not taken on);</li>
 * <li>information gathering → support, with an owner, an agreed plan and a recorded legal basis or the person's
 * consent to support; or → closed, saying why;</li>
 * <li>support → review, with an owner;</li>
 * <li>review → support (continue, or change the plan), as for support; or → closed, saying why, with no action
 * left open;</li>
 * <li>closed → follow-up, when a follow-up falls due; closed → ended, when none is planned; follow-up → ended, with
 * no follow-up left open;</li>
 * <li>closed, follow-up or ended → information gathering: reopened, saying why.</li>
 * </ul>
 */
public final class CaseLifecycle {

	/** What a move may need, each checked only where the table says so. */
	private enum Need {
		OWNER, SUPPORT_BASIS, AGREED_PLAN, REASON, NOTHING_OPEN
	}

	/** The fields of a move's form: where it goes, and why. */
	static final String TO = "to";
	static final String REASON = "reason";

	private static final Map<CaseState, Map<CaseState, Set<Need>>> MOVES = new EnumMap<>(CaseState.class);

	static {
		move(SCREENING, INFORMATION_GATHERING, Need.OWNER);
		move(SCREENING, CLOSED, Need.REASON);
		move(INFORMATION_GATHERING, SUPPORT, Need.OWNER, Need.AGREED_PLAN, Need.SUPPORT_BASIS);
		move(INFORMATION_GATHERING, CLOSED, Need.REASON);
		move(SUPPORT, REVIEW, Need.OWNER);
		move(REVIEW, SUPPORT, Need.OWNER, Need.AGREED_PLAN, Need.SUPPORT_BASIS);
		move(REVIEW, CLOSED, Need.REASON, Need.NOTHING_OPEN);
		move(CLOSED, FOLLOW_UP);
		move(CLOSED, ENDED);
		move(FOLLOW_UP, ENDED, Need.NOTHING_OPEN);
		for (var ended : List.of(CLOSED, FOLLOW_UP, ENDED)) {
			move(ended, INFORMATION_GATHERING, Need.REASON);
		}
	}

	private CaseLifecycle() {
	}

	private static void move(CaseState from, CaseState to, Need... needs) {
		var set = EnumSet.noneOf(Need.class);
		set.addAll(List.of(needs));
		MOVES.computeIfAbsent(from, state -> new EnumMap<>(CaseState.class)).put(to, set);
	}

	/**
	 * What the rule needs to know about the case when someone moves it.
	 *
	 * @param hasOwner whether the case has an owner
	 * @param supportBasis whether a legal basis for the support, or the person's consent to it, is recorded
	 * @param planAgreed whether the current plan carries the person's (for a minor, the guardian's) agreement
	 * @param reasonGiven whether the person moving the case said why, in a sentence
	 * @param stillOpen what is still open and would be left behind: actions, tasks, follow-ups, by name
	 */
	public record Facts(boolean hasOwner, boolean supportBasis, boolean planAgreed, boolean reasonGiven, List<String> stillOpen) {

		public Facts {
			stillOpen = List.copyOf(stillOpen);
		}
	}

	/** The answer: the move is allowed, or refused with every reason. */
	public sealed interface Decision {

		boolean allowed();
	}

	/** The move may be made. */
	public record Allowed() implements Decision {

		@Override
		public boolean allowed() {
			return true;
		}
	}

	/**
	 * The move may not be made, for these reasons, each in words and tied to what would mend it: the reason asked for
	 * ({@code reason}), or the move itself ({@code to}), so that a screen shows each next to its field.
	 */
	public record Refused(List<InvalidInput> reasons) implements Decision {

		public Refused {
			reasons = List.copyOf(reasons);
		}

		@Override
		public boolean allowed() {
			return false;
		}

		/** Every reason at once, for the form that asked. */
		public InvalidInput problem() {
			return InvalidInput.together(reasons);
		}
	}

	/** Whether a case in {@code from} may move to {@code to}, given these facts, and if not, why. */
	public static Decision decide(CaseState from, CaseState to, Facts facts) {
		if (from == to) {
			return new Refused(List.of(InvalidInput.of(TO, "casework.lifecycle.already", state(to))));
		}
		var needs = MOVES.getOrDefault(from, Map.of()).get(to);
		if (needs == null) {
			return new Refused(List.of(InvalidInput.of(TO, "casework.lifecycle.notAllowed", state(from), state(to))));
		}
		var reasons = new ArrayList<InvalidInput>();
		if (needs.contains(Need.OWNER) && !facts.hasOwner()) {
			reasons.add(InvalidInput.of(TO, "casework.lifecycle.noOwner"));
		}
		if (needs.contains(Need.AGREED_PLAN) && !facts.planAgreed()) {
			reasons.add(InvalidInput.of(TO, "casework.lifecycle.noAgreedPlan"));
		}
		if (needs.contains(Need.SUPPORT_BASIS) && !facts.supportBasis()) {
			reasons.add(InvalidInput.of(TO, "casework.lifecycle.noSupportBasis"));
		}
		if (needs.contains(Need.NOTHING_OPEN) && !facts.stillOpen().isEmpty()) {
			reasons.add(InvalidInput.of(TO, "casework.lifecycle.stillOpen", facts.stillOpen().size(), String.join("; ", facts.stillOpen())));
		}
		if (needs.contains(Need.REASON) && !facts.reasonGiven()) {
			reasons.add(InvalidInput.of(REASON, to == INFORMATION_GATHERING && !from.open() ? "casework.lifecycle.noReopenReason"
					: "casework.lifecycle.noCloseReason"));
		}
		return reasons.isEmpty() ? new Allowed() : new Refused(reasons);
	}

	/** The states a case in {@code from} may move to, whatever the facts: what a screen offers. */
	public static Set<CaseState> next(CaseState from) {
		var next = EnumSet.noneOf(CaseState.class);
		next.addAll(MOVES.getOrDefault(from, Map.of()).keySet());
		return next;
	}

	private static MessageSourceResolvable state(CaseState state) {
		return Words.named("casework.state.", state);
	}
}
