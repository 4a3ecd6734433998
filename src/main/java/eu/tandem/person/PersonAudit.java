package eu.tandem.person;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditSubject;

/** The actions the person module writes to the audit trail: every view, search and change of a person. */
final class PersonAudit {

	static final AuditAction REGISTERED = AuditAction.of("person.registered");
	static final AuditAction VIEWED = AuditAction.of("person.viewed");
	static final AuditAction LISTED = AuditAction.of("person.listed");
	static final AuditAction SEARCHED = AuditAction.of("person.searched");
	static final AuditAction RELATED = AuditAction.of("person.related");
	static final AuditAction MERGED = AuditAction.of("person.merged");
	static final AuditAction UNMERGED = AuditAction.of("person.unmerged");

	private PersonAudit() {
	}

	static AuditSubject person(PersonId id) {
		return AuditSubject.of("person", id);
	}
}
