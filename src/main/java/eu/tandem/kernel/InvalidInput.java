package eu.tandem.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A value that breaks a rule, with the words to show next to the field it came from. Value types throw it
 * from their constructors, so a value that exists is valid and the rule is written once. A check that looks at
 * a whole form throws the problems it found {@link #together}, so that the form shows them all at once.
 * <p>
 * The words are a key of the message bundles with its arguments ({@link #of}), shown in the reader's language; it is
 * a {@link MessageSourceResolvable}, which {@code FormErrors} and the templates resolve. There is no way to make one
 * with words written in English: they would show in English on every screen.
 */
public class InvalidInput extends IllegalArgumentException implements MessageSourceResolvable {

	private final String field;
	private final String key;
	private final Object[] arguments;
	private final List<InvalidInput> together;

	private InvalidInput(String field, String key, Object[] arguments) {
		super(key);
		this.field = field;
		this.key = key;
		this.arguments = arguments.clone();
		this.together = List.of();
	}

	/**
	 * A problem whose words are the bundle's text for {@code key}, with these arguments in its placeholders:
	 * {@code InvalidInput.of("reason", "casework.error.reasonTooShort", 20)}.
	 */
	public static InvalidInput of(String field, String key, Object... arguments) {
		return new InvalidInput(field, key, arguments);
	}

	private InvalidInput(List<InvalidInput> problems) {
		super(problems.stream().map(Throwable::getMessage).collect(Collectors.joining(" ")));
		this.field = problems.getFirst().field();
		this.key = problems.getFirst().key;
		this.arguments = problems.getFirst().arguments;
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

	/** The bundle key of the (first) problem's words. */
	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	/** None: a key missing from the bundles shows as missing, rather than as words in one language. */
	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

	/** Each problem with its own field: this one, or those found together. */
	public List<InvalidInput> each() {
		return together.isEmpty() ? List.of(this) : together;
	}
}
