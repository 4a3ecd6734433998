package eu.tandem.plan;

import java.time.LocalDate;
import java.util.Objects;

import eu.tandem.kernel.InputProblems;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;

/**
 * The agreement to a plan version: who agreed (the person, or for a minor the guardian, who decides for them as they
 * decide about consent), on which day (not one still to come) and how it was obtained, with an optional note.
 */
record Agreement(DecidedBy decidedBy, LocalDate decidedOn, Obtained obtained, @Nullable String note) {

	static final int LONGEST_NOTE = 1000;

	Agreement {
		Objects.requireNonNull(decidedBy, "decidedBy");
		Objects.requireNonNull(decidedOn, "decidedOn");
		Objects.requireNonNull(obtained, "obtained");
	}

	/**
	 * @param minor whether the person is a minor on the day of the agreement, as far as their date of birth is known
	 */
	static Agreement check(AgreementInput typed, boolean minor, LocalDate today) {
		var problems = new InputProblems();
		if (typed.decidedBy() == null) {
			problems.add(InvalidInput.of("decidedBy", "plan.error.whoAgreedMissing"));
		}
		else if (minor && typed.decidedBy() != DecidedBy.GUARDIAN) {
			problems.add(InvalidInput.of("decidedBy", "plan.error.minorNeedsGuardian"));
		}
		if (typed.decidedOn() == null) {
			problems.add(InvalidInput.of("decidedOn", "plan.error.agreementDateMissing"));
		}
		else if (typed.decidedOn().isAfter(today)) {
			problems.add(InvalidInput.of("decidedOn", "plan.error.agreementDateInFuture"));
		}
		if (typed.obtained() == null) {
			problems.add(InvalidInput.of("obtained", "plan.error.howObtainedMissing"));
		}
		var note = problems.check(() -> PlainText.optionalMultiLine("note", Words.of("plan.agreement.note"), typed.note(), LONGEST_NOTE));
		problems.throwIfAny();
		return new Agreement(typed.decidedBy(), typed.decidedOn(), typed.obtained(), note);
	}
}
