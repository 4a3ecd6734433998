package eu.tandem.web;

/**
 * A value that breaks a rule, with the words to show next to the field it came from. Value types throw it
 * from their constructors, so a value that exists is valid and the rule is written once.
 */
public class InvalidInput extends IllegalArgumentException {

	private final String field;

	public InvalidInput(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
