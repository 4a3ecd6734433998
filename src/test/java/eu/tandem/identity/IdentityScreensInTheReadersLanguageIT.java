package eu.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import eu.tandem.agency.Sector;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in, the second step, the password page and the start page in the reader's language: the words, the
 * refusals and the names of roles and professions.
 */
@TandemIntegrationTest
class IdentityScreensInTheReadersLanguageIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void aGermanReaderSignsInAndIsRefusedInGerman() {
		var browser = new Browserless(port).speaking("de");
		var signIn = browser.get("/sign-in");
		assertThat(language(signIn)).isEqualTo("de");
		assertThat(signIn.title()).isEqualTo("Anmelden – Tandem");
		assertThat(signIn.html().select("label[for=username]").text()).isEqualTo("Benutzername");

		var refused = browser.submit(signIn, "form[action=/sign-in]", Map.of("username", "nobody-" + Fixtures.unique(),
				"password", "not the password at all"));

		assertThat(refused.html().select(".error-summary h2").text()).isEqualTo("Die Anmeldung hat nicht funktioniert");
		assertThat(refused.html().select(".error-summary p").text())
			.isEqualTo("Benutzername oder Passwort stimmen nicht. Prüfen Sie beides und versuchen Sie es erneut.");
	}

	@Test
	void aDanishReaderIsAskedForTheCodeAndToldWhenItIsWrong() {
		var member = fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Role.PRACTITIONER);
		var browser = new Browserless(port).speaking("da");
		var code = browser.submit(browser.get("/sign-in"), "form[action=/sign-in]",
				Map.of("username", member.username(), "password", member.password()));
		assertThat(language(code)).isEqualTo("da");
		assertThat(code.heading()).isEqualTo("Indtast koden fra din godkendelsesapp");

		var current = TestTotp.code(member.totpSecret(), TestTotp.currentStep());
		var wrong = browser.submit(code, "form[action=/sign-in/code]", Map.of("code", current.equals("000000") ? "111111" : "000000"));

		assertThat(wrong.fieldError("code")).startsWith("Koden er forkert.");
		assertThat(wrong.html().select("#code-error .visually-hidden").text()).as("what a screen reader hears first").isEqualTo("Fejl:");
	}

	@Test
	void theStartPageNamesRolesAndProfessionInTheReadersLanguage() {
		var member = fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Profession.SOCIAL_WORKER, Role.PRACTITIONER,
				Role.DATA_PROTECTION_OFFICER);
		var browser = new Browserless(port).speaking("de");
		var home = browser.signIn(member);

		assertThat(language(home)).isEqualTo("de");
		assertThat(home.title()).isEqualTo("Startseite – Tandem");
		assertThat(home.heading()).isEqualTo("Willkommen, " + member.asCurrentUser().displayName());
		assertThat(home.html().select(".lead").text()).contains("Sozialarbeiter:in", "Fachkraft", "Datenschutzbeauftragte:r");
		assertThat(home.mainText()).contains("Heute wartet nichts auf Sie.", "Auskunftsersuchen");
		assertThat(home.html().select(".card a[href=/referrals]").text()).isEqualTo("Meine Meldungen");
	}

	@Test
	void aRefusedPasswordChangeIsExplainedInTheReadersLanguage() {
		var member = fixtures.staff(fixtures.agency(Sector.EDUCATION), Role.PRACTITIONER);
		var browser = new Browserless(port).speaking("nl");
		browser.signIn(member);
		var form = browser.get("/account/password");
		assertThat(form.heading()).isEqualTo("Wachtwoord wijzigen");

		var refused = browser.submit(form, "form[action=/account/password]", Map.of("currentPassword", "not mine at all",
				"newPassword", "a brand new password", "confirmation", "a brand new password"));

		assertThat(refused.html().select(".error-summary h2").text()).isEqualTo("Er is een probleem");
		assertThat(refused.fieldError("currentPassword")).isEqualTo("Dat is niet uw huidige wachtwoord.");
		assertThat(refused.html().select("#currentPassword-error .visually-hidden").text()).isEqualTo("Fout:");
		assertThat(refused.html().select("label[for=newPassword]").text()).isEqualTo("Nieuw wachtwoord");
	}

	private static String language(Page page) {
		return page.html().selectFirst("html").attr("lang");
	}
}
