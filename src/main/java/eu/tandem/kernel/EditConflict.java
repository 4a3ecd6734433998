package eu.tandem.kernel;

import org.springframework.context.MessageSourceResolvable;

/**
 * Someone else saved the same record after this user loaded it. Nothing was overwritten; the message
 * says what to do, and the screen shows the other person's version.
 * <p>
 * As with {@link InvalidInput}, the words are a key of the message bundles with its arguments ({@link #of}), shown in
 * the reader's language through {@link MessageSourceResolvable}.
 */
public class EditConflict extends RuntimeException implements MessageSourceResolvable {

	private final String key;
	private final Object[] arguments;

	private EditConflict(String key, Object[] arguments) {
		super(key);
		this.key = key;
		this.arguments = arguments.clone();
	}

	/**
	 * A conflict whose words are the bundle's text for {@code key}, with these arguments in its placeholders:
	 * {@code EditConflict.of("knowledge.error.changedMeanwhile")}.
	 */
	public static EditConflict of(String key, Object... arguments) {
		return new EditConflict(key, arguments);
	}

	/** The bundle key of the words. */
	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}
}
