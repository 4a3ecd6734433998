package eu.tandem.identity;

/** Why a sign-in step was refused; the code is what the audit trail records. */
enum Refusal {

	PAUSED("paused"),
	UNKNOWN_USERNAME("unknown-username"),
	INACTIVE_ACCOUNT("inactive-account"),
	BAD_PASSWORD("bad-password"),
	BAD_CODE("bad-code"),
	REPLAYED_CODE("replayed-code"),
	NOT_ENROLLED("not-enrolled"),
	ALREADY_ENROLLED("already-enrolled"),
	SECOND_STEP_EXPIRED("second-step-expired");

	private final String code;

	Refusal(String code) {
		this.code = code;
	}

	String code() {
		return code;
	}
}
