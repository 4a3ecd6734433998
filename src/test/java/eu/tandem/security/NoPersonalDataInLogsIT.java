package eu.tandem.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.tandem.support.Fixtures;
import eu.tandem.support.LogCapture;
import eu.tandem.support.Page;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static eu.tandem.security.Actor.COORD;
import static eu.tandem.security.Actor.DPO;
import static eu.tandem.security.Actor.GLASS;
import static eu.tandem.security.Actor.HUB_PRAC;
import static eu.tandem.security.Actor.OWNER;
import static eu.tandem.security.Actor.POLICE;
import static eu.tandem.security.Actor.REFERRER;
import static eu.tandem.security.Actor.SYSADMIN;
import static eu.tandem.security.Actor.TEAM;
import static eu.tandem.security.Request.get;
import static eu.tandem.security.Request.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No personal data in the logs: a unique marker goes into every kind of personal data through the screens
 * (names and identifiers in a referral, the concern, the triage rationale, information and its correction,
 * consent and its withdrawal, a disclosure, the reasons for breaking the glass, the officer's review), the data is
 * viewed, refused, mistyped, asked for under wrong addresses and exported; and no marker appears in anything the
 * application logged, at DEBUG, from any thread, nor in anything written to standard output or error.
 */
@TandemIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsIT {

	@LocalServerPort
	int port;

	@Autowired
	Scenarios scenarios;

	@Autowired
	JdbcClient jdbc;

	final List<String> markers = new ArrayList<>();

	/** A marker for one piece of personal data: unique, and found nowhere else. */
	String marker() {
		var marker = "Zq7marker" + Fixtures.unique();
		markers.add(marker);
		return marker;
	}

	/** A marker that a person's name can hold: letters only. */
	String nameMarker() {
		var marker = "Zqmarker" + Fixtures.uniqueLetters();
		markers.add(marker);
		return marker;
	}

	/** A marker short enough to be refused as a reason for breaking the glass. */
	String shortMarker() {
		var marker = "Zq7m" + Fixtures.unique().substring(0, 10);
		markers.add(marker);
		return marker;
	}

	@Test
	void noMarkerOfPersonalDataAppearsInTheLogsWhateverTheScreensDo(CapturedOutput output) {
		var cast = scenarios.cast();
		var hub = scenarios.hub(cast, "Log hub " + Fixtures.unique());
		var sessions = new EnumMap<Actor, Session>(Actor.class);
		for (var actor : List.of(REFERRER, COORD, POLICE, OWNER, TEAM, GLASS, DPO, HUB_PRAC, SYSADMIN)) {
			sessions.put(actor, Session.signIn(port, cast.member(actor)));
		}
		List<String> logged;
		try (var log = LogCapture.atDebug()) {
			var canary = "Zq7canary" + Fixtures.unique();
			LoggerFactory.getLogger("eu.tandem.sharing.InformationController").debug("canary {}", canary);
			System.out.println("canary on standard output " + canary);

			// a referral with every kind of name and identifier, and the concern
			var referrer = sessions.get(REFERRER);
			var surname = nameMarker();
			var concern = "He talks about leaving to fight " + marker();
			var referral = new java.util.LinkedHashMap<>(Map.of("hub", hub.value().toString(), "channel", "PRACTITIONER",
					"givenNames", nameMarker(), "surname", surname, "alias", nameMarker(), "otherScriptName", nameMarker(), "script", "Latin",
					"gender", marker(), "languages", marker(), "identifierKind", "Pupil number"));
			referral.putAll(Map.of("identifierValue", marker(), "birthYear", "2010", "birthMonth", "4", "birthDay", "12",
					"locality", marker(), "guardianGivenNames", nameMarker(), "guardianSurname", nameMarker(), "concern", concern,
					"observed", marker(), "type", "MIXED_OR_UNCLEAR"));
			referral.putAll(Map.of("vulnerabilities", "SOCIAL_ISOLATION", "personAware", "NO", "consent", "NOT_ASKED",
					"urgency", "SOON"));
			var impossible = new java.util.LinkedHashMap<>(referral);
			impossible.putAll(Map.of("birthMonth", "2", "birthDay", "31"));
			assertThat(send(referrer, new Request("POST", "/referrals", impossible)).mainText()).contains("There is no 31 February");
			var tooLong = new java.util.LinkedHashMap<>(referral);
			tooLong.put("concern", marker() + " " + "x".repeat(5001));
			assertThat(send(referrer, new Request("POST", "/referrals", tooLong)).html().select(".error-summary")).isNotEmpty();
			assertThat(send(referrer, new Request("POST", "/referrals", referral)).path()).isEqualTo("/referrals");
			send(referrer, get("/referrals"));

			// triage, deconfliction and the decision that opens the case
			var coordinator = sessions.get(COORD);
			var referralId = jdbc.sql("select id from referral.referral where hub_id = :hub").param("hub", hub.value())
				.query(UUID.class).single();
			send(coordinator, get("/triage"));
			assertThat(send(coordinator, get("/triage/" + referralId)).mainText()).contains(concern);
			send(coordinator, post("/triage/" + referralId + "/decision", "decision", "PROCEED", "rationale", marker()));
			send(coordinator, post("/triage/" + referralId + "/deconfliction"));
			var police = sessions.get(POLICE);
			send(police, get("/deconfliction"));
			send(police, post("/deconfliction/" + referralId, "answer", "HOLD"));
			send(police, post("/deconfliction/" + referralId, "answer", "PROCEED"));
			send(coordinator, post("/triage/" + referralId + "/decision", "decision", "PROCEED", "rationale",
					"The hub takes it on: " + marker()));
			var caseId = jdbc.sql("select id from casework.case_file where referral_id = :referral").param("referral", referralId)
				.query(UUID.class).single();
			var casePath = "/cases/" + caseId;
			send(coordinator, get("/cases"));
			assertThat(send(coordinator, get(casePath)).heading()).contains(surname);
			send(coordinator, post(casePath + "/owner", "member", cast.member(OWNER).id().toString()));
			send(coordinator, post(casePath + "/team", "member", cast.member(TEAM).id().toString()));

			// information, refused and mistyped information, a correction and a stale one
			var owner = sessions.get(OWNER);
			var team = sessions.get(TEAM);
			send(owner, post(casePath + "/information", "category", "SOCIAL", "kind", "NOTE", "text", "Lives with his aunt " + marker()));
			var health = "Diagnosis: moderate depressive episode " + marker();
			send(team, post(casePath + "/information", "category", "HEALTH", "kind", "NOTE", "text", health));
			send(owner, post(casePath + "/information", "category", "", "text", marker()));
			send(owner, post(casePath + "/information", "category", "HEALTH", "text", marker()));
			send(owner, post(casePath + "/information", "category", "SOCIAL", "text", marker() + " " + "x".repeat(20_001)));
			send(coordinator, post(casePath + "/information", "category", "SOCIAL", "text", marker()));
			assertThat(send(sessions.get(HUB_PRAC), post(casePath + "/information", "category", "SOCIAL", "text", marker())).status())
				.isEqualTo(404);
			var healthItem = jdbc.sql("select id from sharing.item where case_id = :case and category = 'HEALTH'")
				.param("case", caseId).query(UUID.class).single();
			var itemPath = casePath + "/information/" + healthItem;
			var version = send(team, get(itemPath)).html().selectFirst("input[name=version]").val();
			send(team, post(itemPath + "/rectify", "text", "Diagnosis: mild depressive episode " + marker(), "reason", marker(),
					"version", version));
			send(team, post(itemPath + "/rectify", "text", marker(), "reason", marker(), "version", version));
			send(owner, get(itemPath));
			send(owner, post(itemPath + "/rectify", "text", marker(), "reason", marker(), "version", version));
			send(owner, get(casePath + "/information"));

			// consent, a refused one, and its withdrawal
			var today = LocalDate.now().toString();
			send(owner, post(casePath + "/consent", "decision", "GIVEN", "decidedBy", "PERSON", "categories", "SOCIAL",
					"purposes", "SUPPORT_PLANNING", "decidedOn", today, "obtained", "WRITTEN", "documentReference", marker(),
					"capacityNote", marker()));
			send(owner, post(casePath + "/consent", "decision", "GIVEN", "decidedBy", "PERSON", "categories", "SOCIAL",
					"purposes", "SUPPORT_PLANNING", "decidedOn", LocalDate.now().plusDays(2).toString(), "obtained", "WRITTEN",
					"documentReference", marker(), "capacityNote", marker()));
			var consent = jdbc.sql("select id from sharing.consent where case_id = :case").param("case", caseId).query(UUID.class)
				.single();
			send(owner, post(casePath + "/consent/" + consent + "/withdraw", "decidedBy", "", "decidedOn", today, "obtained", "ORAL",
					"documentReference", marker(), "note", marker()));
			send(owner, post(casePath + "/consent/" + consent + "/withdraw", "decidedBy", "PERSON", "decidedOn", today,
					"obtained", "ORAL", "documentReference", marker(), "note", marker()));
			send(owner, get(casePath + "/consent"));

			// a disclosure the agreement covers, one it does not, the ledger and a revocation
			send(owner, post(casePath + "/disclosures", "summary", "Attends the youth centre weekly " + marker(),
					"summaryCategory", "SOCIAL", "recipient", cast.police().value().toString(), "purpose", "SUPPORT_PLANNING",
					"legalBasis", marker(), "ground", "PUBLIC_TASK", "statute", marker()));
			send(owner, post(casePath + "/disclosures", "summary", marker(), "summaryCategory", "SOCIAL",
					"recipient", cast.probation().value().toString(), "purpose", "SUPPORT_PLANNING", "legalBasis", marker(),
					"ground", "PUBLIC_TASK", "statute", marker()));
			send(owner, get(casePath + "/disclosures"));
			var disclosure = jdbc.sql("select id from sharing.disclosure where case_id = :case").param("case", caseId)
				.query(UUID.class).single();
			send(owner, post(casePath + "/disclosures/" + disclosure + "/revoke"));

			// breaking the glass: too short, then with the reason; health with a wrong code, then a fresh one
			var glass = sessions.get(GLASS);
			send(glass, post("/cases/emergency", "reference", caseId.toString(), "reason", shortMarker()));
			send(glass, post("/cases/emergency", "reference", marker(), "reason", "Missing since this morning " + marker()));
			send(glass, post("/cases/emergency", "reference", caseId.toString(), "reason", "Missing since this morning " + marker()));
			send(glass, get(casePath + "/information"));
			send(glass, post(casePath + "/emergency/health", "reason", "The crisis team asks for his medication " + marker(),
					"code", "000000"));
			send(glass, post(casePath + "/emergency/health", "reason", "The crisis team asks for his medication " + marker(),
					"code", TestTotp.freshCode(cast.member(GLASS).totpSecret())));
			assertThat(send(glass, get(casePath + "/information")).mainText()).contains("Diagnosis: mild depressive episode");

			// the officer's review and the subject access export
			var officer = sessions.get(DPO);
			var grant = jdbc.sql("select id from casework.emergency_access where case_id = :case and scope = 'CASE'")
				.param("case", caseId).query(UUID.class).single();
			send(officer, get("/dpo/emergency-access"));
			send(officer, post("/dpo/emergency-access/" + grant, "note", ""));
			send(officer, post("/dpo/emergency-access/" + grant, "note", "Justified: " + marker()));
			send(officer, get(casePath + "/consent"));
			send(officer, get(casePath + "/disclosures"));
			send(officer, post("/dpo/subject-access", "reference", marker()));
			var draft = send(officer, post("/dpo/subject-access", "reference", caseId.toString()));
			assertThat(draft.mainText()).as("the data went in: the draft has it").contains(surname, health);
			var request = draft.path().substring("/dpo/subject-access/".length());
			send(officer, post("/dpo/subject-access", "reference", caseId.toString()));
			var waiting = jdbc.sql("select position from sharing.subject_access_entry where request_id = cast(:id as uuid) and decision = 'PENDING'")
				.param("id", request).query(Integer.class).list();
			assertThat(waiting).as("the police's answer to the check waits for a decision").isNotEmpty();
			var entries = "/subject-access/" + request + "/entries/";
			send(officer, post("/dpo/subject-access/" + request + "/finalise"));
			send(stranger(sessions), post(entries + waiting.getFirst() + "/release", "ground", marker(), "version", "0"));
			send(police, get("/subject-access/" + request + "/release"));
			send(police, post(entries + waiting.getFirst() + "/withhold", "ground", marker(), "tell", "", "version", "0"));
			send(officer, post(entries + waiting.getFirst() + "/release", "ground", "", "version", "0"));
			for (var entry : waiting) {
				send(police, post(entries + entry + "/withhold", "ground", "GDPR Art. 23(1)(d) " + marker(), "tell", "yes", "version", "0"));
			}
			send(officer, post("/dpo/subject-access/" + request + "/finalise"));
			send(officer, post("/dpo/subject-access/" + request + "/finalise"));
			var export = send(officer, get("/dpo/subject-access/" + request + "/answer?format=json")).body();
			assertThat(export).as("the data went out: the answer has it").contains(surname, "Diagnosis: mild depressive episode");
			assertThat(send(officer, get("/dpo/subject-access/" + request + "/answer?format=pdf")).header("Content-Type"))
				.startsWith("application/pdf");
			send(officer, post("/dpo/access-history", "reference", caseId.toString(), "who", marker(), "from", marker()));
			send(officer, post("/dpo/access-history", "reference", caseId.toString(), "kind", "READ", "page", "2"));

			// addresses that do not exist or may not be known, a role's page, a forged form
			var stranger = sessions.get(HUB_PRAC);
			assertThat(send(stranger, get(casePath)).status()).isEqualTo(404);
			assertThat(send(stranger, get("/triage/" + referralId)).status()).isEqualTo(404);
			assertThat(send(owner, get("/cases/" + UUID.randomUUID())).status()).isEqualTo(404);
			assertThat(send(owner, get(casePath + "/information/" + UUID.randomUUID())).status()).isEqualTo(404);
			assertThat(send(sessions.get(SYSADMIN), post("/dpo/subject-access", "reference", caseId.toString(), "format", "json"))
				.status()).isEqualTo(403);
			assertThat(owner.sendWithoutCsrf(post(casePath + "/information", "category", "SOCIAL", "text", marker())).status())
				.isEqualTo(403);
			send(owner, post(casePath + "/move", "to", "CLOSED", "reason", marker()));
			send(referrer, get("/referrals"));

			logged = log.lines();
			assertThat(logged).as("the capture sees the application's DEBUG logging").anyMatch(line -> line.contains(canary));
			assertThat(output.getAll()).as("the capture sees standard output").contains(canary);
		}

		System.out.printf("%d markers, none in %d log events captured at DEBUG%n", markers.size(), logged.size());
		assertThat(markers).hasSizeGreaterThan(30);
		var out = output.getAll().lines().toList();
		var leaks = new ArrayList<String>();
		for (var marker : markers) {
			logged.stream().filter(line -> line.contains(marker)).forEach(line -> leaks.add("logged: " + shortened(line)));
			out.stream().filter(line -> line.contains(marker)).forEach(line -> leaks.add("printed: " + shortened(line)));
		}
		assertThat(leaks).as("personal data in the logs").isEmpty();
	}

	private static Session stranger(Map<Actor, Session> sessions) {
		return sessions.get(HUB_PRAC);
	}

	private static String shortened(String line) {
		return line.length() <= 400 ? line : line.substring(0, 400) + "…";
	}

	private static Page send(Session session, Request request) {
		var page = session.send(request);
		assertThat(page.status()).as(request.method() + " " + request.path() + " answered " + page.status()).isLessThan(500);
		return page;
	}
}
