package eu.tandem.kernel;

/**
 * A record that does not exist, or that the signed-in user may not know exists: both answer 404 with the
 * same page, so that a refusal reveals nothing.
 */
public class NotFound extends RuntimeException {

	public NotFound() {
		super("Not found", null, false, false);
	}
}
