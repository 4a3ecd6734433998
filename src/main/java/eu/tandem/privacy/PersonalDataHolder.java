package eu.tandem.privacy;

import java.util.List;
import java.util.Map;

import eu.tandem.audit.ActionWords;
import eu.tandem.audit.AuditSubject;
import eu.tandem.identity.CurrentUser;

/**
 * A module that holds personal data about the people the work is about answers for it here, so that a subject access
 * request (GDPR Art. 15) holds everything Tandem holds about the person — and, from now on, whatever a later module
 * adds: {@code PersonalDataHoldersIT} fails when a module whose tables refer to persons, cases or referrals declares no
 * bean of this type. The module also declares its own audit actions ({@link ActionWords}), whose words are in its
 * bundle, for the access history.
 */
public interface PersonalDataHolder extends ActionWords {

	/** The module's name, e.g. {@code referral}; kept with each entry so that a later decision asks the module that made it. */
	String module();

	/**
	 * What the module holds about the person within the scope's hubs, in words, in the order to read it. Each record
	 * opened for this is traced like any other read, with the scope's purpose and rule.
	 */
	List<HeldSection> heldAbout(SubjectScope scope);

	/**
	 * The records of the audit trail that are about the person within the scope, each with how a sentence names it
	 * ("a note", "the case") in the request's language, for the access history. Opens no content and traces nothing.
	 */
	Map<AuditSubject, String> records(SubjectScope scope);

	/**
	 * Whether the user sees the entry under the module's own everyday rules (the author, the case team of the recording
	 * agency): one of the ways the recording agency's staff may release it. False for a key the module does not know.
	 */
	boolean sees(String entryKey, CurrentUser user);
}
