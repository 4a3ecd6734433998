package eu.tandem.vault;

/** Sealed content that does not open: altered, moved to another record, or sealed with a key that is gone. */
public class ContentTampered extends RuntimeException {

	public ContentTampered(String message, Throwable cause) {
		super(message, cause);
	}
}
