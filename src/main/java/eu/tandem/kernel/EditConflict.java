package eu.tandem.kernel;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * Someone else saved the same record after this user loaded it. Nothing was overwritten; the message
 * says what to do, and the screen shows the other person's version.
 * <p>
 * As with {@link InvalidInput}, the words are a key of the message bundles with its arguments ({@link #of}), shown in
 * the reader's language through {@link MessageSourceResolvable}; a conflict made with words in English
 * ({@link #EditConflict(String)}) shows them as written, in every language, until its module's bundle holds them.
 */
public class EditConflict extends RuntimeException implements MessageSourceResolvable {

	private final @Nullable String key;
	private final Object[] arguments;

	/** A conflict in English words, not yet in a bundle. */
	public EditConflict(String message) {
		this(null, message, new Object[0]);
	}

	private EditConflict(@Nullable String key, String message, Object[] arguments) {
		super(message);
		this.key = key;
		this.arguments = arguments.clone();
	}

	/**
	 * A conflict whose words are the bundle's text for {@code key}, with these arguments in its placeholders:
	 * {@code EditConflict.of("knowledge.error.changedMeanwhile")}.
	 */
	public static EditConflict of(String key, Object... arguments) {
		return new EditConflict(key, key, arguments);
	}

	/** The bundle key of the words; none for words written in English. */
	@Override
	public String @Nullable [] getCodes() {
		return key == null ? null : new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	/** The English words of a conflict not yet in a bundle; none for one that is, so that a missing key shows. */
	@Override
	public @Nullable String getDefaultMessage() {
		return key == null ? getMessage() : null;
	}
}
