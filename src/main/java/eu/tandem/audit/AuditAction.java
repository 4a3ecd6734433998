package eu.tandem.audit;

/**
 * What was done, as a code owned by the module that does it: {@code identity.sign-in},
 * {@code agency.updated}. Modules declare their actions as constants next to the code that performs them.
 */
public record AuditAction(String code) {

	public AuditAction {
		if (code == null || !code.matches("[a-z]+(\\.[a-z]+(-[a-z]+)*)+") || code.length() > 80) {
			throw new IllegalArgumentException("An audit action is a code like 'identity.sign-in', got: " + code);
		}
	}

	public static AuditAction of(String code) {
		return new AuditAction(code);
	}

	@Override
	public String toString() {
		return code;
	}
}
