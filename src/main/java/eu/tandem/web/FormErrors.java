package eu.tandem.web;

import java.util.function.Supplier;

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

	public static void reject(BindingResult errors, InvalidInput invalid) {
		if (errors.getTarget() != null && hasField(errors, invalid.field())) {
			errors.rejectValue(invalid.field(), "invalid", invalid.getMessage());
		}
		else {
			errors.reject("invalid", invalid.getMessage());
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
