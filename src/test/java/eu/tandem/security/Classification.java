package eu.tandem.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import eu.tandem.security.Scenarios.Preparation;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TestTotp;

import static eu.tandem.security.Outcome.ALLOW;
import static eu.tandem.security.Outcome.FORBIDDEN;
import static eu.tandem.security.Outcome.HIDDEN;
import static eu.tandem.security.Outcome.NO_SUCH;
import static eu.tandem.security.Outcome.REFUSED;
import static eu.tandem.security.Outcome.ROLE;
import static eu.tandem.security.Outcome.UNLISTED;
import static eu.tandem.security.PersonalDataEndpoint.changes;
import static eu.tandem.security.PersonalDataEndpoint.lists;
import static eu.tandem.security.PersonalDataEndpoint.reads;
import static eu.tandem.security.Request.get;
import static eu.tandem.security.Request.post;

/**
 * The reviewed classification of every endpoint of the application: those that touch personal data, each with
 * the request to send and the expected outcome for every relationship (the policy, written out), and those that
 * touch none, each with the reason. {@link AuthorisationMatrixIT} fails when the running application has an
 * endpoint in neither list, or when a listed one is gone. To classify a new endpoint, add one entry here.
 * <p>
 * Personal data means data about the people the work is about: persons, referrals, cases and what is recorded,
 * disclosed and consented in them, and the traces of access to them. Staff accounts and hub appointments are
 * about the people who do the work; their rules are by role and have their own tests.
 * <p>
 * The requests carry none of the scenario's {@link Scenario#tag() tag}: a refusal page that echoes what was typed
 * must not be mistaken for one that shows the scenario's data.
 */
final class Classification {

	private Classification() {
	}

	private static String caseOf(Scenario s) {
		return "/cases/" + s.caseId().value();
	}

	/**
	 * The code for a second emergency step: a fresh one for the glass breaker, a wrong one for everyone else. Without a
	 * case-level grant the step answers 404 before it looks at the code, and a wrong code would answer with the rule in
	 * words instead — so the cell proves the 404 all the same, without spending each actor's codes (each works once,
	 * and a third within 30 seconds means waiting).
	 */
	private static String stepCode(Scenario s, StaffMember me) {
		return me.id().equals(s.cast().member(Actor.GLASS).id()) ? TestTotp.freshCode(me.totpSecret()) : "000000";
	}

	// @formatter:off
	static final List<PersonalDataEndpoint> PERSONAL_DATA = List.of(
	//                                  TEAM       OWNER      COORD      HUB_PRAC   OTHER_HUB  GLASS      SYSADMIN   DPO        OTHER_DPO  REFERRER   POLICE     UNCOVERED

		// casework: the case and its team
		lists("GET /cases", (s, me) -> get("/cases"), Scenario::surname)
			.expect(ALLOW,     ALLOW,     ALLOW,     UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  ALLOW)
			.because("'my cases' lists the cases of one's teams and of the hubs one coordinates; an emergency grant is not a membership"),
		lists("POST /cases/find", (s, me) -> post("/cases/find", "q", "Youssef"), Classification::caseOf)
			.expect(ALLOW,     ALLOW,     ALLOW,     UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  ALLOW)
			.because("finding a case by the person's name searches only the cases 'my cases' lists; whoever may not see the case "
					+ "finds nothing, as for a name nobody has (every scenario's person is a Youssef: the query names no scenario)"),
		reads("GET /cases/{id}", (s, me) -> get(caseOf(s)), Scenario::surname)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("the team, the hub's coordinators and whoever broke the glass; the officer reads ledger and consents, never the case"),
		reads("GET /api/v1/cases/{reference}", (s, me) -> get("/api/v1/cases/" + s.caseId().value()), Scenario::hubName)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("the case as JSON, for who sees the case, exactly as its page"),
		reads("GET /cases/{id}/chronology", (s, me) -> get(caseOf(s) + "/chronology"), Scenario::surname)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("as the case: each entry then as its own rule decides (NeedToKnow for information)"),
		changes("POST /cases/{id}/owner", (s, me) -> post(caseOf(s) + "/owner", "member", s.cast().member(Actor.TEAM).id().toString()),
				"select owner_id from casework.case_file where id = :case")
			.expect(FORBIDDEN, FORBIDDEN, ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN)
			.because("the coordinator appoints; who sees the case and may not appoint is told 403, everyone else 404"),
		changes("POST /cases/{id}/team", (s, me) -> post(caseOf(s) + "/team", "member", s.cast().member(Actor.HUB_PRAC).id().toString()),
				"select count(*) from casework.team_member where case_id = :case")
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN)
			.because("the owner and the coordinators build the team"),
		changes("POST /cases/{id}/team/remove", (s, me) -> post(caseOf(s) + "/team/remove", "member", s.cast().member(Actor.TEAM).id().toString()),
				"select count(*) from casework.team_member where case_id = :case")
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN)
			.because("the owner and the coordinators take members off; a member cannot take themselves off"),
		changes("POST /cases/{id}/attributes", (s, me) -> post(caseOf(s) + "/attributes", "attribute", "child"),
				"select string_agg(attribute, ',') from casework.case_attribute where case_id = :case")
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("the team and the coordinators mark what applies to the case (a child, a returnee); the glass breaker reads it"),
		changes("POST /cases/{id}/move", (s, me) -> post(caseOf(s) + "/move", "to", "CLOSED", "reason", "The support plan was completed."),
				"select state from casework.case_file where id = :case")
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN)
			.because("the owner and the coordinators move a case on in its life: here, close it"),

		// casework: break the glass and its review
		changes("POST /cases/emergency", (s, me) -> post("/cases/emergency", "reference", s.caseId().value().toString(),
				"reason", "He said tonight he will hurt his brother"),
				"select count(*) from casework.emergency_access where case_id = :case and scope = 'CASE'")
			.naming("reference")
			.expect(REFUSED,   REFUSED,   ROLE,      ALLOW,     NO_SUCH,   REFUSED,   ROLE,      ROLE,      ROLE,      ALLOW,     ALLOW,     REFUSED)
			.because("practitioners of the hub's agencies who are not entitled; the team, and the glass breaker whose grant runs, "
					+ "are told they have access already; "
					+ "another hub's practitioner gets the words for a reference that does not exist"),
		changes("POST /cases/{id}/emergency/health", (s, me) -> post(caseOf(s) + "/emergency/health",
				"reason", "The crisis team asks for his medication now", "code", stepCode(s, me)),
				"select count(*) from casework.emergency_access where case_id = :case and scope = 'HEALTH'")
			.expect(HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("a second step inside a running case-level grant, with its own reason and a fresh code; without a grant "
					+ "the step does not exist (404), for the team as for anyone"),
		changes("POST /cases/{id}/emergency/security", (s, me) -> post(caseOf(s) + "/emergency/security",
				"reason", "The police on site ask whether he is armed", "code", stepCode(s, me)),
				"select count(*) from casework.emergency_access where case_id = :case and scope = 'SECURITY'")
			.expect(HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("as the health step: police information opens only by its own step inside a case-level grant"),
		changes("POST /cases/{id}/emergency/justice", (s, me) -> post(caseOf(s) + "/emergency/justice",
				"reason", "We need his licence conditions before we go in", "code", stepCode(s, me)),
				"select count(*) from casework.emergency_access where case_id = :case and scope = 'JUSTICE'")
			.expect(HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("as the health step: justice information opens only by its own step inside a case-level grant"),
		lists("GET /dpo/emergency-access", (s, me) -> get("/dpo/emergency-access"), s -> s.grant().toString())
			.expect(ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ALLOW,     UNLISTED,  ROLE,      ROLE,      ROLE)
			.because("the officers of the hub's agencies review the grants on its cases"),
		changes("POST /dpo/emergency-access/{grant}", (s, me) -> post("/dpo/emergency-access/" + s.grant(),
				"note", "Justified: the family called the police"),
				"select reviewed_at is not null from casework.emergency_access where id = :grant")
			.expect(ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ALLOW,     HIDDEN,    ROLE,      ROLE,      ROLE),

		// referral: intake and the way back
		lists("GET /referrals", (s, me) -> get("/referrals"), Scenario::hubName)
			.expect(UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  ALLOW,     UNLISTED,  UNLISTED)
			.because("the referrer's own referrals: where each stands, never the case"),
		reads("GET /referrals/{id}", (s, me) -> get("/referrals/" + s.caseReferral().value()), Scenario::caseConcern)
			.expect(HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN)
			.because("the referrer reads what they sent, as they wrote it; the hub reads a referral on its triage page"),
		changes("POST /referrals", (s, me) -> post("/referrals", "hub", s.hub().value().toString(), "channel", "PRACTITIONER",
				"givenNames", "Amira", "surname", "Haddad", "concern", "Talks about leaving to fight abroad",
				"type", "MIXED_OR_UNCLEAR", "vulnerabilities", "SOCIAL_ISOLATION", "personAware", "NO", "consent", "NOT_ASKED",
				"urgency", "SOON"),
				"select count(*) from referral.referral where hub_id = :hub")
			.expect(ALLOW,     ALLOW,     ALLOW,     ALLOW,     ALLOW,     ALLOW,     ALLOW,     ALLOW,     ALLOW,     ALLOW,     ALLOW,     ALLOW)
			.because("anyone signed in may tell a hub of a concern: it writes, and the referrer learns nothing back but its status"),

		// referral: triage and deconfliction (the hub's alone until a case is open)
		lists("GET /triage", (s, me) -> get("/triage"), s -> "/triage/" + s.triageReferral().value())
			.expect(UNLISTED,  UNLISTED,  ALLOW,     UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED),
		reads("GET /triage/{id}", (s, me) -> get("/triage/" + s.caseReferral().value()), Scenario::caseConcern)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("the case's referral, for the hub's coordinators and the case team; the glass opens the case, not the hub's triage"),
		changes("POST /triage/{id}/deconfliction", (s, me) -> post("/triage/" + s.triageReferral().value() + "/deconfliction"),
				"select count(*) from referral.deconfliction where referral_id = :referral")
			.expect(HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("a new referral about a person with a case is the hub's coordinators' alone: the case team does not see it"),
		changes("POST /triage/{id}/decision", (s, me) -> post("/triage/" + s.triageReferral().value() + "/decision",
				"decision", "NO_FURTHER_ACTION", "rationale", "Known to the hub already; followed up in the open case."),
				"select status from referral.referral where id = :referral")
			.expect(HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN),
		changes("POST /triage/{id}/same-person", (s, me) -> post("/triage/" + s.triageReferral().value() + "/same-person",
				"known", s.person().value().toString(), "reason", "Same name, same school, same family"),
				"select person_id from referral.referral where id = :referral")
			.expect(HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN),
		changes("POST /triage/{id}/not-same-person", (s, me) -> post("/triage/" + s.triageReferral().value() + "/not-same-person",
				"reason", "Cousins with the same name"),
				"select person_id from referral.referral where id = :referral")
			.after(Preparation.TRIAGE_PERSON_LINKED)
			.expect(HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN),
		lists("GET /deconfliction", (s, me) -> get("/deconfliction"), s -> "/deconfliction/" + s.triageReferral().value())
			.after(Preparation.DECONFLICTION_REQUESTED)
			.expect(UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  ALLOW,     UNLISTED),
		changes("POST /deconfliction/{id}", (s, me) -> post("/deconfliction/" + s.triageReferral().value(), "answer", "PROCEED"),
				"select answer from referral.deconfliction where referral_id = :referral")
			.after(Preparation.DECONFLICTION_REQUESTED)
			.expect(HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW,     HIDDEN)
			.because("only the hub's police member answers, and never the one who asked"),

		// sharing: the case's information
		lists("GET /cases/{id}/information", (s, me) -> get(caseOf(s) + "/information"), Scenario::socialText)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    UNLISTED)
			.because("the team sees its own agency's items and what the agreement lets reach it; a team member whose agency "
					+ "the agreement does not cover sees the page without the item, and nothing that counts it"),
		changes("POST /cases/{id}/information", (s, me) -> post(caseOf(s) + "/information", "category", "SOCIAL", "kind", "NOTE",
				"text", "Started an apprenticeship"),
				"select count(*) from sharing.item where case_id = :case")
			.expect(ALLOW,     ALLOW,     REFUSED,   HIDDEN,    HIDDEN,    REFUSED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("the case team records; the coordinator and the glass breaker see the case and are told the rule"),
		reads("GET /cases/{id}/information/{item}", (s, me) -> get(caseOf(s) + "/information/" + s.healthItem().value()),
				Scenario::healthText)
			.about("a health item")
			.expect(ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("a health item stays with the health professionals of the agency that recorded it; "
					+ "the case-level glass does not open it, only the health step would"),
		reads("GET /cases/{id}/information/{item}", (s, me) -> get(caseOf(s) + "/information/" + s.socialItem().value()),
				Scenario::socialText)
			.about("a social item")
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("the youth workers' social item reaches the clinic and the school by the agreement (the school's glass "
					+ "breaker too); the agreement lets none reach probation, so for the probation officer on the team it does "
					+ "not exist"),
		reads("GET /cases/{id}/information/{item}", (s, me) -> get(caseOf(s) + "/information/" + s.justiceItem().value()),
				Scenario::justiceText)
			.about("a justice item")
			.expect(HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("justice information stays with probation; the glass breaker needs the justice step"),
		changes("POST /cases/{id}/information/{item}/rectify", (s, me) -> post(caseOf(s) + "/information/" + s.healthItem().value()
				+ "/rectify", "text", "Diagnosis: mild depressive episode", "reason", "Typing error",
				"version", String.valueOf(s.healthItemVersion())),
				"select revision from sharing.item where id = :item")
			.expect(ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("the author corrects; for whoever may not see the health item it does not exist"),

		// sharing: contacts with the person or their family, items of their own kind
		lists("GET /cases/{id}/contacts", (s, me) -> get(caseOf(s) + "/contacts"), Scenario::contactText)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    UNLISTED)
			.because("as the information page: the youth worker's social contact reaches the clinic and the school by the "
					+ "agreement, and the school's glass breaker; for the probation officer on the team it is not listed, nor counted"),
		changes("POST /cases/{id}/contacts", (s, me) -> post(caseOf(s) + "/contacts", "day", LocalDate.now().minusDays(1).toString(),
				"with", "PERSON", "mode", "IN_PERSON", "attended", "yes", "category", "SOCIAL",
				"note", "Came to the youth centre and talked about his apprenticeship"),
				"select count(*) from sharing.contact c join sharing.item i on i.id = c.item_id where i.case_id = :case")
			.expect(ALLOW,     ALLOW,     REFUSED,   HIDDEN,    HIDDEN,    REFUSED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("the case team records contacts; the coordinator and the glass breaker see the case and are told the rule"),

		// sharing: disclosures and the ledger
		changes("POST /cases/{id}/disclosures", (s, me) -> post(caseOf(s) + "/disclosures",
				"summary", "Goes to the youth centre twice a week", "summaryCategory", "SOCIAL",
				"recipient", s.cast().police().value().toString(), "purpose", "SUPPORT_PLANNING",
				"legalBasis", "GDPR Art. 6(1)(d)", "ground", "VITAL_INTERESTS"),
				"select count(*) from sharing.disclosure where case_id = :case")
			.expect(ALLOW,     ALLOW,     REFUSED,   HIDDEN,    HIDDEN,    REFUSED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    REFUSED)
			.because("members of the case team disclose what their agency holds"),
		reads("GET /cases/{id}/disclosures", (s, me) -> get(caseOf(s) + "/disclosures"), Scenario::legalBasis)
			.expect(HIDDEN,    ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("the ledger is for the owner, the hub's coordinators and the officers of the hub's agencies"),
		changes("POST /cases/{id}/disclosures/{disclosure}/revoke", (s, me) -> post(caseOf(s) + "/disclosures/" + s.disclosure()
				+ "/revoke"),
				"select revoked_at is not null from sharing.disclosure where id = :disclosure")
			.expect(HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("only the disclosing agency's people on the team take a disclosure back"),

		// sharing: consent
		reads("GET /cases/{id}/consent", (s, me) -> get(caseOf(s) + "/consent"), Scenario::consentDocument)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("whoever sees the case, and the officers of the hub's agencies"),
		changes("POST /cases/{id}/consent", (s, me) -> post(caseOf(s) + "/consent", "decision", "GIVEN", "decidedBy", "GUARDIAN",
				"categories", "EDUCATION", "purposes", "SUPPORT_PLANNING", "decidedOn", LocalDate.now().toString(),
				"obtained", "WRITTEN", "documentReference", "Form 9"),
				"select count(*) from sharing.consent where case_id = :case")
			.expect(ALLOW,     ALLOW,     REFUSED,   HIDDEN,    HIDDEN,    REFUSED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW),
		changes("POST /cases/{id}/consent/{consent}/withdraw", (s, me) -> post(caseOf(s) + "/consent/" + s.consent() + "/withdraw",
				"decidedBy", "PERSON", "decidedOn", LocalDate.now().toString(), "obtained", "ORAL", "note", "Said so at the session"),
				"select count(*) from sharing.consent where withdraws = :consent")
			.expect(ALLOW,     ALLOW,     REFUSED,   HIDDEN,    HIDDEN,    REFUSED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW),

		// sharing: notices of emergency access to the recording agency
		lists("GET /emergency-notices", (s, me) -> get("/emergency-notices"), Scenario::justiceStepReason)
			.after(Preparation.JUSTICE_STEP_TAKEN)
			.expect(UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  UNLISTED,  ALLOW),
		changes("POST /emergency-notices/{id}/seen", (s, me) -> post("/emergency-notices/" + s.notice() + "/seen"),
				"select seen_at is not null from sharing.emergency_notice where id = :notice")
			.after(Preparation.JUSTICE_STEP_TAKEN)
			.expect(HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("only its recipient marks a notice as read"),

		// sharing: subject access, reviewed before release
		lists("GET /dpo/subject-access", (s, me) -> get("/dpo/subject-access"), Scenario::surname)
			.after(Preparation.SUBJECT_ACCESS_STARTED)
			.expect(ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ALLOW,     UNLISTED,  ROLE,      ROLE,      ROLE)
			.because("the requests of the hubs the officer's agency belongs to, with the person's name"),
		changes("POST /dpo/subject-access", (s, me) -> post("/dpo/subject-access", "reference", s.caseId().value().toString()),
				"select count(*) from sharing.subject_access_request where hub_id = :hub")
			.naming("reference")
			.expect(ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ALLOW,     NO_SUCH,   ROLE,      ROLE,      ROLE)
			.because("the officers of the hub's agencies start a request; the reference goes in the form, never in an address"),
		reads("GET /dpo/subject-access/{request}", (s, me) -> get("/dpo/subject-access/" + s.subjectAccess()), Scenario::surname)
			.after(Preparation.SUBJECT_ACCESS_STARTED)
			.expect(ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ALLOW,     HIDDEN,    ROLE,      ROLE,      ROLE)
			.because("the draft, for the officers of the request's hub; its address names the request, not the person"),
		reads("GET /subject-access/{request}/release", (s, me) -> get("/subject-access/" + s.subjectAccess() + "/release"),
				// the heading's apostrophe reaches the HTML escaped (&#39;), as every text from a bundle does
				s -> "entries in a subject access request")
			.after(Preparation.SUBJECT_ACCESS_STARTED)
			.expect(HIDDEN,    ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW,     ALLOW)
			.because("staff of a recording agency who may release its withheld entries: the owner wrote the security note and the "
					+ "coordinator of the same agency sees it; the police member answered the police check; each sees only "
					+ "their own agency's entries"),
		changes("POST /subject-access/{request}/entries/{entry}/release", (s, me) -> post("/subject-access/" + s.subjectAccess()
				+ "/entries/" + s.withheldEntry() + "/release", "ground", "Confirmed: nothing in it is at risk", "version", "0"),
				"select decision from sharing.subject_access_entry where request_id = :subjectAccess and position = :entry")
			.after(Preparation.SUBJECT_ACCESS_STARTED)
			.expect(HIDDEN,    ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("the recording agency's staff who see the entry, or an officer of the hub with a ground; for anyone else, "
					+ "the glass breaker who read it included, the request does not exist"),
		changes("POST /subject-access/{request}/entries/{entry}/withhold", (s, me) -> post("/subject-access/" + s.subjectAccess()
				+ "/entries/" + s.withheldEntry() + "/withhold", "ground", "GDPR Art. 23(1)(d) with § 57 BDSG", "tell", "no",
				"version", "0"),
				"select decision from sharing.subject_access_entry where request_id = :subjectAccess and position = :entry")
			.after(Preparation.SUBJECT_ACCESS_STARTED)
			.expect(HIDDEN,    ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN)
			.because("who may release may keep it withheld, with the ground"),
		changes("POST /dpo/subject-access/{request}/finalise", (s, me) -> post("/dpo/subject-access/" + s.subjectAccess() + "/finalise"),
				"select status from sharing.subject_access_request where id = :subjectAccess")
			.after(Preparation.SUBJECT_ACCESS_REVIEWED)
			.expect(ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ALLOW,     HIDDEN,    ROLE,      ROLE,      ROLE),
		reads("GET /dpo/subject-access/{request}/answer", (s, me) -> get("/dpo/subject-access/" + s.subjectAccess() + "/answer?format=json"),
				Scenario::surname)
			.after(Preparation.SUBJECT_ACCESS_FINAL)
			.expect(ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ALLOW,     HIDDEN,    ROLE,      ROLE,      ROLE)
			.because("the final answer as PDF or JSON, exactly as finalised"),
		reads("POST /dpo/access-history", (s, me) -> post("/dpo/access-history", "reference", s.caseId().value().toString()),
				s -> "lines, newest first")
			.naming("reference")
			.expect(ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ALLOW,     NO_SUCH,   ROLE,      ROLE,      ROLE)
			.because("who has seen the person's data: for the officers of the hub's agencies alone"),

		// plan: the case's support plan, read by whoever sees the case, changed by the owner and the hub's coordinators
		reads("GET /cases/{id}/plan", (s, me) -> get(caseOf(s) + "/plan"), Scenario::planGoalText)
			.after(Preparation.PLAN_DRAFTED)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("whoever sees the case reads its plan, every version: the team, the hub's coordinators, the glass breaker"),
		reads("GET /cases/{id}/plan/versions/{number}", (s, me) -> get(caseOf(s) + "/plan/versions/1"), Scenario::planGoalText)
			.after(Preparation.PLAN_AGREED)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW),
		reads("GET /cases/{id}/plan/goals/{goal}", (s, me) -> get(caseOf(s) + "/plan/goals/" + s.planGoal()), Scenario::planGoalText)
			.after(Preparation.PLAN_DRAFTED)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW),
		reads("GET /cases/{id}/plan/tasks/{task}", (s, me) -> get(caseOf(s) + "/plan/tasks/" + s.planTask()), Scenario::planTaskText)
			.after(Preparation.PLAN_DRAFTED)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW),
		changes("POST /cases/{id}/plan/goals", (s, me) -> post(caseOf(s) + "/plan/goals", "statement", "Finds an apprenticeship",
				"indicator", "Applications sent", "baseline", "0", "target", "5", "responsible", s.cast().member(Actor.OWNER).id().toString(),
				"date", LocalDate.now().plusMonths(2).toString(), "number", "1", "rowVersion", String.valueOf(s.planRowVersion())),
				"select count(*) from plan.goal where case_id = :case")
			.after(Preparation.PLAN_DRAFTED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN)
			.because("the case owner draws up the plan, and the hub's coordinators may; the rest of the team reads it"),
		changes("POST /cases/{id}/plan/goals/{goal}", (s, me) -> post(caseOf(s) + "/plan/goals/" + s.planGoal(),
				"statement", "Plays a match with his old team", "indicator", "Matches a month", "baseline", "0", "target", "1",
				"responsible", s.cast().member(Actor.OWNER).id().toString(), "date", LocalDate.now().plusMonths(2).toString(),
				"number", "1", "rowVersion", String.valueOf(s.planRowVersion())),
				"select statement from plan.goal where id = :planGoal")
			.after(Preparation.PLAN_DRAFTED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN),
		changes("POST /cases/{id}/plan/goals/{goal}/tasks", (s, me) -> post(caseOf(s) + "/plan/goals/" + s.planGoal() + "/tasks",
				"title", "Buy football boots", "assignee", s.cast().member(Actor.OWNER).id().toString(), "starts", LocalDate.now().toString(),
				"due", LocalDate.now().plusDays(10).toString(), "number", "1", "rowVersion", String.valueOf(s.planRowVersion())),
				"select count(*) from plan.task where goal_id = :planGoal")
			.after(Preparation.PLAN_DRAFTED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN),
		changes("POST /cases/{id}/plan/tasks/{task}", (s, me) -> post(caseOf(s) + "/plan/tasks/" + s.planTask(),
				"title", "Meet the coach at the club", "assignee", s.cast().member(Actor.OWNER).id().toString(),
				"starts", LocalDate.now().toString(), "due", LocalDate.now().plusDays(10).toString(), "number", "1",
				"rowVersion", String.valueOf(s.planRowVersion())),
				"select title from plan.task where id = :planTask")
			.after(Preparation.PLAN_DRAFTED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN),
		changes("POST /cases/{id}/plan/tasks/{task}/progress", (s, me) -> post(caseOf(s) + "/plan/tasks/" + s.planTask() + "/progress",
				"done", "true", "number", "1", "rowVersion", String.valueOf(s.planRowVersion())),
				"select done_at is not null from plan.task where id = :planTask")
			.after(Preparation.PLAN_AGREED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN)
			.because("progress is marked on the agreed version too; by the owner and the coordinators, as every change of the plan"),
		reads("GET /cases/{id}/plan/interventions/{intervention}", (s, me) -> get(caseOf(s) + "/plan/interventions/" + s.planIntervention()),
				Scenario::planGoalText)
			.after(Preparation.PLAN_DRAFTED)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("an intervention is part of the plan: whoever sees the case reads it, with the goals it serves"),
		changes("POST /cases/{id}/plan/interventions", (s, me) -> post(caseOf(s) + "/plan/interventions", "code", "family-counselling",
				"provider", s.cast().youthWork().value().toString(), "practitioner", s.cast().member(Actor.OWNER).id().toString(),
				"begins", LocalDate.now().toString(), "frequency", "MONTHLY", "ends", "", "status", "PLANNED",
				"goals", s.planGoal().toString(), "number", "1", "rowVersion", String.valueOf(s.planRowVersion())),
				"select count(*) from plan.intervention where case_id = :case")
			.after(Preparation.PLAN_DRAFTED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN)
			.because("interventions are drawn up with the plan: by the owner and the hub's coordinators"),
		changes("POST /cases/{id}/plan/interventions/{intervention}", (s, me) -> post(caseOf(s) + "/plan/interventions/"
				+ s.planIntervention(), "code", "mentoring", "provider", s.cast().clinic().value().toString(),
				"practitioner", s.cast().member(Actor.TEAM).id().toString(), "begins", LocalDate.now().toString(), "frequency", "MONTHLY",
				"ends", "", "status", "PLANNED", "goals", s.planGoal().toString(), "number", "1",
				"rowVersion", String.valueOf(s.planRowVersion())),
				"select frequency from plan.intervention where id = :planIntervention")
			.after(Preparation.PLAN_DRAFTED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN),
		changes("POST /cases/{id}/plan/interventions/{intervention}/tasks", (s, me) -> post(caseOf(s) + "/plan/interventions/"
				+ s.planIntervention() + "/tasks", "title", "Introduce the mentor", "assignee", s.cast().member(Actor.OWNER).id().toString(),
				"starts", LocalDate.now().toString(), "due", LocalDate.now().plusDays(10).toString(), "number", "1",
				"rowVersion", String.valueOf(s.planRowVersion())),
				"select count(*) from plan.task where intervention_id = :planIntervention")
			.after(Preparation.PLAN_DRAFTED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN),
		changes("POST /cases/{id}/plan/interventions/{intervention}/status", (s, me) -> post(caseOf(s) + "/plan/interventions/"
				+ s.planIntervention() + "/status", "status", "RUNNING", "number", "1", "rowVersion", String.valueOf(s.planRowVersion())),
				"select status from plan.intervention where id = :planIntervention")
			.after(Preparation.PLAN_AGREED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN)
			.because("where an intervention stands is marked on the agreed version too, as a task's progress"),
		changes("POST /cases/{id}/plan/agreement", (s, me) -> post(caseOf(s) + "/plan/agreement", "decidedBy", "PERSON",
				"decidedOn", LocalDate.now().toString(), "obtained", "ORAL", "number", "1", "rowVersion", String.valueOf(s.planRowVersion())),
				"select agreed_at is not null from plan.plan_version where case_id = :case and number = 1")
			.after(Preparation.PLAN_DRAFTED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN),
		changes("POST /cases/{id}/plan/revision", (s, me) -> post(caseOf(s) + "/plan/revision", "number", "1",
				"rowVersion", String.valueOf(s.planRowVersion())),
				"select count(*) from plan.plan_version where case_id = :case")
			.after(Preparation.PLAN_AGREED)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN),

		// review: the case's reviews and follow-ups, read by whoever sees the case, recorded by the owner and the hub's coordinators
		reads("GET /cases/{id}/reviews", (s, me) -> get(caseOf(s) + "/reviews"), Classification::caseOf)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("whoever sees the case reads its reviews and follow-ups: the team, the hub's coordinators, the glass breaker"),
		changes("POST /cases/{id}/reviews", (s, me) -> post(caseOf(s) + "/reviews", "valuesNow[0]", "1", "decision", "CONTINUE"),
				"select count(*) from review.review where case_id = :case")
			.after(Preparation.UNDER_SUPPORT)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN)
			.because("the owner and the coordinators record reviews of a case under support; the rest of the team reads them"),
		reads("GET /cases/{id}/follow-ups/{followUp}", (s, me) -> get(caseOf(s) + "/follow-ups/" + s.followUp()),
				s -> caseOf(s) + "/reviews")
			.after(Preparation.FOLLOW_UP_DUE)
			.expect(ALLOW,     ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    ALLOW,     HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOW)
			.because("whoever sees the case reads its follow-up checks"),
		changes("POST /cases/{id}/follow-ups/{followUp}", (s, me) -> post(caseOf(s) + "/follow-ups/" + s.followUp(),
				"howNow[0]", "Trains twice a week", "note", "Doing well"),
				"select string_agg(status, ',' order by months) from review.follow_up where case_id = :case")
			.after(Preparation.FOLLOW_UP_DUE)
			.expect(FORBIDDEN, ALLOW,     ALLOW,     HIDDEN,    HIDDEN,    FORBIDDEN, HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    FORBIDDEN)
			.because("the owner and the coordinators record a follow-up check; the rest of the team reads it"),

		// casework: retention
		changes("POST /dpo/retention/hold", (s, me) -> post("/dpo/retention/hold", "reference", s.caseId().value().toString(),
				"reason", "A complaint about the case is open"),
				"select legal_hold_reason from casework.case_file where id = :case")
			.naming("reference")
			.expect(ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ALLOW,     NO_SUCH,   ROLE,      ROLE,      ROLE)
			.because("the officers of the hub's agencies hold a case back from erasure"),
		changes("POST /dpo/retention/run", (s, me) -> post("/dpo/retention/run"), "select count(*) from casework.retention_run")
			.expect(ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ROLE,      ALLOW,     ALLOW,     ROLE,      ROLE,      ROLE)
			.because("any officer may run the job now: it erases what the agreements make due, whoever presses, "
					+ "and the scenario's open case is not due")
	);
	// @formatter:on

	/** Endpoints that touch no personal data of the people the work is about, each with why. */
	static final Map<String, String> NO_PERSONAL_DATA = new TreeMap<>(Map.ofEntries(
			// the application's frame
			Map.entry("GET /", "the start page: the user's own name and roles, links, and notices that name who did what and "
					+ "when (an emergency access, a subject access request waiting for a decision), never the person or a case"),
			Map.entry("ALL /access-denied", "the refusal page; it names nothing"),
			Map.entry("ALL /error", "Spring Boot's error page, without message or stack trace (server.error.include-*=never)"),
			Map.entry("ALL /unreadable-request", "the page for an address or form that could not be read; it names nothing "
					+ "and the text that could not be read never reaches it"),
			Map.entry("GET /actuator", "the actuator's links: health and metrics, no data"),
			Map.entry("GET /actuator/health", "the health probe: up or down"),
			Map.entry("GET /actuator/health/**", "the liveness and readiness probes: up or down"),
			Map.entry("GET /actuator/prometheus", "metrics: counts and timings, no records (for system administrators)"),

			// identity: one's own account
			Map.entry("GET /sign-in", "the sign-in form"),
			Map.entry("POST /language", "chooses the language of one's own screens, kept with one's own account"),
			Map.entry("GET /language", "a visitor chooses the language of the screens, kept in a cookie"),
			Map.entry("GET /login", "a redirect to the sign-in form, or to the start page when signed in"),
			Map.entry("GET /sign-in/code", "the second sign-in step's form"),
			Map.entry("POST /sign-in/code", "checks one's own authenticator code"),
			Map.entry("GET /sign-in/enrol", "enrols one's own authenticator"),
			Map.entry("POST /sign-in/enrol", "enrols one's own authenticator"),
			Map.entry("GET /account/password", "one's own password form"),
			Map.entry("POST /account/password", "changes one's own password"),

			// blank forms: the request that follows them is classified
			Map.entry("GET /referrals/new", "the blank referral form: the hubs to choose from, nobody's data"),
			Map.entry("GET /cases/emergency", "the blank break-the-glass form: a reference and a reason field"),
			Map.entry("GET /dpo/access-history", "the blank access history form, and which of the officer's own agency's staff "
					+ "read many records in a short time: staff names and counts, no person"),
			Map.entry("GET /dpo/retention", "what the retention job did: dates and counts, no person"),

			// knowledge: the network's library, which holds no personal data of clients
			Map.entry("GET /knowledge", "the library: browse and search the RAN paper's knowledge, for everyone"),
			Map.entry("GET /knowledge/items/{key}", "an item of the library"),
			Map.entry("GET /knowledge/checklists", "the paper's checklists"),
			Map.entry("GET /knowledge/checklists/{key}", "one of the paper's checklists"),
			Map.entry("GET /api/v1/knowledge", "the library as open data (JSON)"),
			Map.entry("GET /api/v1/knowledge.csv", "the library as open data (CSV)"),
			Map.entry("GET /knowledge/curation", "what waits for a curator's review"),
			Map.entry("GET /knowledge/curation/new", "the form for a new item of the library"),
			Map.entry("POST /knowledge/curation/new", "drafts a new item of the library"),
			Map.entry("GET /knowledge/curation/items/{key}/edit", "the form for a new version of an item"),
			Map.entry("POST /knowledge/curation/items/{key}/edit", "drafts a new version of an item"),
			Map.entry("GET /knowledge/curation/items/{key}/versions/{number}", "a version of an item, for review"),
			Map.entry("POST /knowledge/curation/items/{key}/versions/{number}/{action}", "sends, publishes, returns or withdraws a version"),
			Map.entry("GET /knowledge/curation/items/{key}/history", "an item's versions, with the curators who wrote and reviewed them"),
			Map.entry("GET /knowledge/curation/relevance", "the rules that show knowledge on case screens"),
			Map.entry("POST /knowledge/curation/relevance", "adds such a rule"),
			Map.entry("POST /knowledge/curation/relevance/{id}/remove", "removes such a rule"),
			Map.entry("GET /knowledge/curation/words", "the curators' lists of words a note is prompted about"),
			Map.entry("POST /knowledge/curation/words", "lists such a word"),
			Map.entry("POST /knowledge/curation/words/{id}/remove", "takes such a word off its list"),

			// audit: the trail's integrity, for the officer
			Map.entry("GET /audit/verify", "the verification form: positions and hashes of the chain, no event's content"),
			Map.entry("POST /audit/verify", "verifies the chain and names the first broken event by its position (AuditVerificationScreenIT)"),
			Map.entry("GET /audit/checkpoint", "the chain head's position and hash, for export to another system"),

			// agency: the directory and the agency's own staff
			Map.entry("GET /agencies", "the agency directory: public descriptions of agencies"),
			Map.entry("GET /agencies/{id}", "an agency's description"),
			Map.entry("GET /agencies/new", "the form for a new agency"),
			Map.entry("POST /agencies", "adds an agency"),
			Map.entry("GET /agencies/{id}/edit", "the form for an agency's description"),
			Map.entry("POST /agencies/{id}", "changes an agency's description"),
			Map.entry("GET /agencies/{id}/profile", "an agency's public profile form"),
			Map.entry("POST /agencies/{id}/profile", "changes an agency's public profile"),
			Map.entry("GET /agencies/{agencyId}/staff", "the agency's staff accounts, for its administrator (StaffAdministrationIT)"),
			Map.entry("POST /agencies/{agencyId}/staff/search", "searches the agency's staff accounts, for its administrator"),
			Map.entry("GET /agencies/{agencyId}/staff/new", "the form for a new staff account"),
			Map.entry("POST /agencies/{agencyId}/staff", "adds a staff account"),
			Map.entry("GET /agencies/{agencyId}/staff/{userId}", "a staff account, for the agency's administrator"),
			Map.entry("POST /agencies/{agencyId}/staff/{userId}", "changes a staff account's roles and profession"),
			Map.entry("POST /agencies/{agencyId}/staff/{userId}/deactivate", "deactivates a staff account"),
			Map.entry("POST /agencies/{agencyId}/staff/{userId}/reactivate", "reactivates a staff account"),
			Map.entry("POST /agencies/{agencyId}/staff/{userId}/reset-mfa", "resets a staff account's authenticator"),

			// hub: structure and agreements
			Map.entry("GET /hubs", "the public list of published hubs"),
			Map.entry("GET /hubs/{id}", "a hub's public 'who does what' page"),
			Map.entry("GET /network/hubs", "the hubs of the network"),
			Map.entry("GET /network/hubs/{id}", "a hub: its agencies, appointed staff and agreements (HubScreensIT)"),
			Map.entry("GET /network/hubs/new", "the form for a new hub"),
			Map.entry("POST /network/hubs", "adds a hub"),
			Map.entry("GET /network/hubs/{id}/edit", "the form for a hub's description"),
			Map.entry("POST /network/hubs/{id}", "changes a hub's description"),
			Map.entry("POST /network/hubs/{id}/agencies", "adds a member agency"),
			Map.entry("POST /network/hubs/{id}/agencies/{agency}/remove", "removes a member agency"),
			Map.entry("POST /network/hubs/{id}/members", "appoints staff to the hub"),
			Map.entry("POST /network/hubs/{id}/members/{member}/dismiss", "dismisses staff from the hub"),
			Map.entry("POST /network/hubs/{id}/publish", "publishes the hub's public page"),
			Map.entry("POST /network/hubs/{id}/unpublish", "takes the hub's public page down"),
			Map.entry("GET /network/hubs/{id}/review-schedule", "the hub's review and follow-up intervals, for its stewards: no person in it"),
			Map.entry("POST /network/hubs/{id}/review-schedule", "changes the hub's review and follow-up intervals"),
			Map.entry("GET /network/hubs/{id}/picture", "the hub's network picture: agencies, sectors and agreed flows"),
			Map.entry("GET /network/hubs/{id}/sharing-check", "answers whether a category may flow between two agencies: no person in it"),
			Map.entry("GET /network/hubs/{id}/agreements/new", "the form for a new agreement"),
			Map.entry("POST /network/hubs/{id}/agreements", "drafts an agreement"),
			Map.entry("GET /network/hubs/{id}/interventions", "the hub's catalogue of interventions, for those who work in the hub: "
					+ "no person in it (InterventionCatalogueIT)"),
			Map.entry("POST /network/hubs/{id}/interventions", "adds an intervention of the hub's own, for its stewards"),
			Map.entry("GET /network/hubs/{id}/interventions/{intervention}/edit", "the form for an intervention of the hub's own"),
			Map.entry("POST /network/hubs/{id}/interventions/{intervention}", "rewords an intervention of the hub's own"),
			Map.entry("POST /network/hubs/{id}/interventions/{intervention}/retire", "retires an intervention of the hub's own"),
			Map.entry("GET /network/agreements/{agreement}/versions/{number}", "a version of an agreement"),
			Map.entry("GET /network/agreements/{agreement}/revise", "the form for a new version"),
			Map.entry("POST /network/agreements/{agreement}/versions", "makes a new version"),
			Map.entry("POST /network/agreements/{agreement}/versions/{number}/sign", "an agency signs a version")));
}
