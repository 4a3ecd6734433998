package eu.tandem.kernel;

/**
 * Someone else saved the same record after this user loaded it. Nothing was overwritten; the message
 * says what to do, and the screen shows the other person's version.
 */
public class EditConflict extends RuntimeException {

	public EditConflict(String message) {
		super(message);
	}
}
