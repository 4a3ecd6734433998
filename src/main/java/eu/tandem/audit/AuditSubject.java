package eu.tandem.audit;

/** The record an event is about, by type and identifier: ("user", "0b1c…"), ("agency", "5d2e…"). */
public record AuditSubject(String type, String id) {

	public AuditSubject {
		if (type == null || !type.matches("[a-z]+(-[a-z]+)*") || type.length() > 40) {
			throw new IllegalArgumentException("An audit subject type is a lower-case word, got: " + type);
		}
		if (id == null || id.isBlank() || id.length() > 80) {
			throw new IllegalArgumentException("An audit subject needs an identifier of at most 80 characters");
		}
	}

	public static AuditSubject of(String type, Object id) {
		return new AuditSubject(type, String.valueOf(id));
	}
}
