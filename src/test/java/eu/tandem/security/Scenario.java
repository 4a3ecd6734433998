package eu.tandem.security;

import java.util.Map;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.HubId;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.PersonId;
import eu.tandem.sharing.ItemId;

/**
 * One hub with one case in it, built through the facades, with every kind of record a personal-data endpoint can
 * be about. Every piece of personal data in it carries {@code tag}, so a page that shows any of it is caught.
 *
 * @param caseReferral the referral the case came from (decided, so the case team sees it)
 * @param triageReferral a second referral about the same person, still in triage: the hub's alone
 * @param triagePerson the person record the second referral made, before any merge
 * @param socialItem social information recorded by the owner: the whole team sees it
 * @param healthItem health information recorded by the team's psychiatrist: it stays with them
 * @param disclosure a summary the owner's agency disclosed to the police
 * @param consent the person's consent, recorded by the owner
 * @param grant the glass breaker's emergency grant on the case
 * @param justiceItem justice information recorded by the probation officer on the team: it stays with probation
 * @param notice the notice to the probation officer that the glass breaker opened justice information, once prepared;
 *            a random id otherwise
 * @param securityItem where a subject access request is prepared: security information the owner recorded, withheld
 *            from the answer until the owner's agency releases it or the hub's officer records a ground
 * @param subjectAccess the subject access request the hub's officer started, where one is prepared
 * @param withheldEntry the security item's place in that request, which addresses name it by
 * @param planGoal where a support plan is prepared: the goal on its version 1, which the owner drafted
 * @param planTask the task on that goal
 * @param planRowVersion the row version of the plan's version 1 as prepared, which every plan form carries
 * @param planIntervention the intervention on that version, from the hub's catalogue, serving the goal
 */
record Scenario(Cast cast, String tag, HubId hub, String hubName, CaseId caseId, PersonId person, ReferralId caseReferral,
		ReferralId triageReferral, PersonId triagePerson, ItemId socialItem, ItemId healthItem, long healthItemVersion,
		UUID disclosure, UUID consent, UUID grant, ItemId justiceItem, UUID notice, ItemId securityItem, UUID subjectAccess,
		int withheldEntry, UUID planGoal, UUID planTask, long planRowVersion, UUID planIntervention, UUID followUp) {

	String surname() {
		return "Surname" + tag;
	}

	String caseConcern() {
		return "First concern " + tag + ": withdrawn at school, shares extremist videos.";
	}

	String triageConcern() {
		return "Second concern " + tag + ": seen with a recruiter outside the mosque.";
	}

	String socialText() {
		return "Lives with his aunt since March " + tag;
	}

	/** Not tagged: the probation officer's own pages show it, and a tag there would read as a leak. */
	String justiceText() {
		return "On licence until next spring, reports weekly " + hub.value();
	}

	String justiceStepReason() {
		return "The family says he breached his licence conditions tonight " + tag;
	}

	String contactText() {
		return "Called his mother to move the appointment " + tag;
	}

	String healthText() {
		return "Diagnosis: moderate depressive episode " + tag;
	}

	String securityText() {
		return "Named in a chat that shares banned material " + tag;
	}

	String legalBasis() {
		return "GDPR Art. 6(1)(d) vital interests " + tag;
	}

	String planGoalText() {
		return "Keeps in touch with his old football club " + tag;
	}

	String planTaskText() {
		return "Call the coach together " + tag;
	}

	String consentDocument() {
		return "Consent form " + tag;
	}

	/** The named parameters the matrix's SQL may use. */
	Map<String, Object> sqlParameters() {
		var parameters = new java.util.HashMap<String, Object>(Map.ofEntries(Map.entry("hub", hub.value()),
				Map.entry("case", caseId.value()), Map.entry("person", person.value()), Map.entry("caseReferral", caseReferral.value()),
				Map.entry("referral", triageReferral.value()), Map.entry("socialItem", socialItem.value()),
				Map.entry("item", healthItem.value()), Map.entry("disclosure", disclosure), Map.entry("consent", consent),
				Map.entry("grant", grant), Map.entry("justiceItem", justiceItem.value()), Map.entry("notice", notice),
				Map.entry("entry", withheldEntry)));
		if (subjectAccess != null) {
			parameters.put("subjectAccess", subjectAccess);
		}
		if (planGoal != null) {
			parameters.put("planGoal", planGoal);
			parameters.put("planTask", planTask);
			parameters.put("planIntervention", planIntervention);
		}
		return parameters;
	}
}
