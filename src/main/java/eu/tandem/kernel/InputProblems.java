package eu.tandem.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The problems a check finds in what was typed, gathered instead of stopping at the first, so that a refused form
 * shows every problem at once. A check collects, then {@link #throwIfAny()} before anything is saved.
 */
public final class InputProblems {

	private final List<InvalidInput> found = new ArrayList<>();

	/** Builds a value; if a rule refuses it, notes the problem and returns null. */
	public <T> @Nullable T check(Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidInput invalid) {
			found.addAll(invalid.each());
			return null;
		}
	}

	public void add(InvalidInput problem) {
		found.addAll(problem.each());
	}

	public boolean any() {
		return !found.isEmpty();
	}

	/** Whether a problem was noted on this field already: a later check of the same field would only repeat it. */
	public boolean about(String field) {
		return found.stream().anyMatch(problem -> problem.field().equals(field));
	}

	public void throwIfAny() {
		if (!found.isEmpty()) {
			throw InvalidInput.together(found);
		}
	}
}
