package eu.tandem.web;

import java.util.Arrays;
import java.util.function.Supplier;

import eu.tandem.kernel.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Turns the rules that value types enforce into messages next to form fields, so that a form shows
 * every problem at once and keeps what the user typed.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** Builds a value; if a rule refuses it, records the message on the rule's field and returns null. */
	public static <T> @Nullable T capture(BindingResult errors, Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidInput invalid) {
			reject(errors, invalid);
			return null;
		}
	}

	/**
	 * Records each problem next to its field, or above the form where the form has no such field. A field shows one
	 * message: the first found, which is the more precise when a later check only repeats it in other words.
	 */
	public static void reject(BindingResult errors, InvalidInput invalid) {
		for (var problem : invalid.each()) {
			var code = problem.getCodes()[0];
			if (errors.getTarget() != null && hasField(errors, problem.field())) {
				if (!errors.hasFieldErrors(problem.field())) {
					errors.rejectValue(problem.field(), code, problem.getArguments(), null);
				}
			}
			else if (errors.getGlobalErrors().stream().noneMatch(global -> code.equals(global.getCode())
					&& Arrays.equals(problem.getArguments(), global.getArguments()))) {
				errors.reject(code, problem.getArguments(), null);
			}
		}
	}

	private static boolean hasField(BindingResult errors, String field) {
		try {
			return errors.getFieldType(field) != null;
		}
		catch (RuntimeException notAProperty) {
			return false;
		}
	}
}
