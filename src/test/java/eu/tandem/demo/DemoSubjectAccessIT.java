package eu.tandem.demo;

import eu.tandem.support.Browserless;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's subject access request as demo/README.md describes it: Matthias Gruber's draft for Tomasz Wójcik, in which
 * the police's security note waits for the police; Lukas Nowak finds it on his start page and sees only his agency's
 * entries. Looks only, so that the demo stays as a person trying it finds it.
 */
@TandemIntegrationTest
class DemoSubjectAccessIT {

	static final String PASSWORD = "tandem-demo-2026";

	@LocalServerPort
	int port;

	Browserless signedIn(String username, String secret) {
		var browser = new Browserless(port);
		browser.signIn(username, PASSWORD, secret);
		return browser;
	}

	@Test
	void theOfficersDraftForTomaszWaitsForThePolice() {
		var officer = signedIn("matthias.gruber", "GNU5A2G546X7ELV3FT4HRXT6WISU4CA4");

		var list = officer.get("/dpo/subject-access");
		var row = list.html().select("tbody tr").stream().filter(tr -> tr.text().contains("Tomasz Wójcik")).findFirst().orElseThrow();
		assertThat(row.text()).contains("Augsburg Prevention Network", "Matthias Gruber", "Draft", "wait for a decision");

		var draft = officer.get(row.selectFirst("a").attr("href"));
		assertThat(draft.mainText()).contains("Named in a youth-group chat",
				"Withheld until Augsburg Police Prevention Unit releases it");
	}

	@Test
	void thePoliceFindTheirNoteFromTheStartPageAndSeeNothingElse() {
		var police = signedIn("lukas.nowak", "JIM4KF5PAQMLRIGKWCXHZRIORCZV2O2L");

		var home = police.get("/");
		assertThat(home.mainText()).contains("A subject access request waits for your agency's decision", "Matthias Gruber")
			.doesNotContain("Tomasz");
		var release = police.get(home.html().selectFirst("a[href*=/release]").attr("href"));

		assertThat(release.mainText()).contains("Tomasz Wójcik", "Named in a youth-group chat", "Check with the police")
			.doesNotContain("Attends fortnightly sessions").doesNotContain("Lives with his mother")
			.doesNotContain("He called the probation office");
		assertThat(release.html().select("form[action$=/release] textarea")).isNotEmpty();
	}
}
