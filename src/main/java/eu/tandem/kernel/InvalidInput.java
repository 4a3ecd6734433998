package eu.tandem.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A value that breaks a rule, with the words to show next to the field it came from. Value types throw it
 * from their constructors, so a value that exists is valid and the rule is written once. A check that looks at
 * a whole form throws the problems it found {@link #together}, so that the form shows them all at once.
 */
public class InvalidInput extends IllegalArgumentException {

	private final String field;
	private final List<InvalidInput> together;

	public InvalidInput(String field, String message) {
		super(message);
		this.field = field;
		this.together = List.of();
	}

	private InvalidInput(List<InvalidInput> problems) {
		super(problems.stream().map(Throwable::getMessage).collect(Collectors.joining(" ")));
		this.field = problems.getFirst().field();
		this.together = List.copyOf(problems);
	}

	/** The problems found in one look at a form; a single problem is itself. */
	public static InvalidInput together(List<InvalidInput> problems) {
		var each = new ArrayList<InvalidInput>();
		problems.forEach(problem -> each.addAll(problem.each()));
		if (each.isEmpty()) {
			throw new IllegalArgumentException("no problem to report");
		}
		return each.size() == 1 ? each.getFirst() : new InvalidInput(each);
	}

	/** The field of the (first) problem. */
	public String field() {
		return field;
	}

	/** Each problem with its own field: this one, or those found together. */
	public List<InvalidInput> each() {
		return together.isEmpty() ? List.of(this) : together;
	}
}
