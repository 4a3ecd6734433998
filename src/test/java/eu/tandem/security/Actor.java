package eu.tandem.security;

/**
 * How someone stands to the record a request is about: the columns of the authorisation matrix. A role alone
 * never grants sight (DESIGN.md, "Need to know"), so the columns are relationships, each played by one account
 * whose agency and roles make exactly that relationship and nothing more.
 */
enum Actor {

	TEAM("case team member (not the owner), a psychiatrist of the clinic"),
	OWNER("case owner, a youth worker"),
	COORD("coordinator of the case's hub"),
	HUB_PRAC("practitioner of another agency of the same hub, not on the team"),
	OTHER_HUB("practitioner of an agency of another hub"),
	GLASS("practitioner of the hub with an active break-the-glass grant on the case"),
	SYSADMIN("system administrator of a member agency"),
	DPO("data protection officer of a member agency of the hub"),
	OTHER_DPO("data protection officer of an agency of another hub"),
	REFERRER("practitioner who referred the person"),
	POLICE("the hub's police member, who answers deconfliction"),
	UNCOVERED("case team member of an agency the hub's agreement lets no social information reach (a probation officer), "
			+ "who holds a role in the hub");

	private final String description;

	Actor(String description) {
		this.description = description;
	}

	String description() {
		return description;
	}
}
