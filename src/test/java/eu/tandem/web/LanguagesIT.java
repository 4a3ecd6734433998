package eu.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import eu.tandem.agency.AgencyDetails;
import eu.tandem.agency.AgencySetup;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubId;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The language of a page: the header's switch (kept with the account), else the browser's languages, else the
 * user's agency's country, else English; a language Tandem lacks falls back without an error.
 */
@TandemIntegrationTest
class LanguagesIT {

	/** A public address that finds nothing: its 404 page is shown to anyone, signed in or not. */
	static final String NOT_A_HUB = "/hubs/00000000-0000-0000-0000-000000000000";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AgencySetup agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Test
	void aVisitorGetsTheFirstOfTheirBrowsersLanguagesThatTandemHas() {
		var austrian = new Browserless(port).speaking("de-AT, de;q=0.9, en;q=0.5").get(NOT_A_HUB);
		assertThat(austrian.status()).isEqualTo(404);
		assertThat(language(austrian)).isEqualTo("de");
		assertThat(austrian.heading()).isEqualTo("Seite nicht gefunden");
		assertThat(austrian.title()).isEqualTo("Seite nicht gefunden – Tandem");

		var swedishThenFrench = new Browserless(port).speaking("sv-SE, fr;q=0.7").get(NOT_A_HUB);
		assertThat(language(swedishThenFrench)).isEqualTo("fr");
		assertThat(swedishThenFrench.heading()).isEqualTo("Page introuvable");

		var swedishOnly = new Browserless(port).speaking("sv-SE").get(NOT_A_HUB);
		assertThat(swedishOnly.status()).isEqualTo(404);
		assertThat(language(swedishOnly)).isEqualTo("en");
		assertThat(swedishOnly.heading()).isEqualTo("Page not found");

		var nonsense = new Browserless(port).speaking(";;q=x,,").get(NOT_A_HUB);
		assertThat(nonsense.status()).isEqualTo(404);
		assertThat(language(nonsense)).isEqualTo("en");
	}

	@Test
	void aVisitorWhoseBrowserAsksForNoneOfTandemsLanguagesReadsAHubsPublicPageInTheHubsCountrysLanguage() {
		var danish = published("DK");
		var german = published("DE");

		var aarhus = new Browserless(port).speaking("sv-SE").get("/hubs/" + danish.id().value());
		assertThat(aarhus.status()).isEqualTo(200);
		assertThat(language(aarhus)).isEqualTo("da");
		var augsburg = new Browserless(port).speaking("sv-SE").get("/hubs/" + german.id().value());
		assertThat(language(augsburg)).isEqualTo("de");

		assertThat(language(new Browserless(port).speaking("fr").get("/hubs/" + danish.id().value())))
			.as("the browser's language comes first").isEqualTo("fr");
		assertThat(language(new Browserless(port).speaking("sv-SE").get("/hubs"))).as("a page of no hub").isEqualTo("en");
		assertThat(language(new Browserless(port).speaking("sv-SE").get("/hubs/" + HubId.random().value())))
			.as("a hub that does not exist says nothing of a country").isEqualTo("en");
	}

	@Test
	void aHubNotPublishedSaysNothingOfItsCountryToAVisitor() {
		var steward = fixtures.staff(fixtures.agency(Sector.LOCAL_AUTHORITY), Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var unpublished = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("DK"), null, null, null,
				null, null, null, null, null, null, null), steward);

		var page = new Browserless(port).speaking("sv-SE").get("/hubs/" + unpublished.id().value());

		assertThat(page.status()).isEqualTo(404);
		assertThat(language(page)).as("as for a hub that does not exist, not Danish").isEqualTo("en");
	}

	private Hub published(String country) {
		return hubs.published().stream().filter(hub -> hub.details().country().code().equals(country)).findFirst()
			.orElseThrow(() -> new AssertionError("the demo data has no published hub in " + country));
	}

	@Test
	void aSignedInUserWhoseBrowserAsksForNoneOfTandemsLanguagesGetsTheirAgencysCountrys() {
		var aarhus = agencies.create(new AgencyDetails("Aarhus skole " + Fixtures.unique(), Sector.EDUCATION, new Country("DK"),
				"Aarhus", null, null, null)).id();
		var teacher = new Browserless(port).speaking("sv-SE");
		teacher.signIn(fixtures.staff(aarhus, Role.PRACTITIONER));

		var home = teacher.get("/");
		assertThat(language(home)).isEqualTo("da");
		assertThat(home.html().select("nav a").eachText()).contains("Forside", "Mine sager");
	}

	@Test
	void theSwitchChangesTheLanguageAndTheAccountKeepsItForTheNextSignIn() {
		var member = fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Role.PRACTITIONER);
		var browser = new Browserless(port);
		browser.signIn(member);
		var cases = browser.get("/cases");
		assertThat(language(cases)).isEqualTo("en");

		var switched = browser.submit(cases, "form[action=/language]", Map.of("language", "nl"));

		assertThat(switched.path()).isEqualTo("/cases");
		assertThat(language(switched)).isEqualTo("nl");
		assertThat(switched.html().select("nav a").eachText()).contains("Mijn casussen");
		assertThat(switched.html().select("#language option[selected]").eachText()).containsExactly("Nederlands");
		assertThat(jdbc.sql("select language from identity.account where username = :username")
			.param("username", member.username()).query(String.class).single()).isEqualTo("nl");
		assertThat(jdbc.sql("""
				select count(*) from audit.event where action = 'identity.language-chosen' and actor_username = :username""")
			.param("username", member.username()).query(Long.class).single()).isEqualTo(1);

		browser.signOut();
		var elsewhere = new Browserless(port).speaking("en-GB");
		elsewhere.signIn(member);
		assertThat(language(elsewhere.get("/cases"))).as("the account's choice comes before the browser's").isEqualTo("nl");
	}

	@Test
	void aVisitorChoosesWithALinkThatKeepsTheChoiceInACookieOpensNoSessionAndReturnsOnlyToThisSite() {
		var visitor = new Browserless(port).speaking("en");
		var hubs = visitor.get("/hubs");
		var toDanish = hubs.html().selectFirst("header nav.language a[lang=da]");
		assertThat(toDanish.text()).isEqualTo("Dansk");
		assertThat(hubs.html().select("header nav.language a[aria-current=true]").eachText()).containsExactly("English");

		var danish = visitor.get(toDanish.attr("href"));
		assertThat(danish.path()).isEqualTo("/hubs");
		assertThat(language(danish)).isEqualTo("da");
		assertThat(visitor.sessionCookie()).as("a public page and the switch open no session").isEmpty();

		var german = visitor.get("/language?language=de&back=" + java.net.URLEncoder.encode("//evil.example/x", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(german.hops()).isNotEmpty().allSatisfy(hop -> assertThat(hop.getHost()).isEqualTo("localhost"));
		assertThat(german.hops().getFirst().getPath()).as("an address elsewhere is replaced by the start page").isEqualTo("/");
		assertThat(language(visitor.get(NOT_A_HUB))).isEqualTo("de");

		var unknown = visitor.get("/language?language=xx&back=/hubs");
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.path()).isEqualTo("/hubs");
		assertThat(language(unknown)).as("an unknown language changes nothing").isEqualTo("de");
	}

	@Test
	void thePasswordAloneChangesNoAccountsLanguage() {
		var member = fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Role.PRACTITIONER);
		var browser = new Browserless(port);
		var codeStep = browser.submit(browser.get("/sign-in"), "form[action=/sign-in]",
				Map.of("username", member.username(), "password", member.password()));
		assertThat(codeStep.path()).startsWith("/sign-in/code");
		assertThat(codeStep.html().select("form[action=/language]")).as("before the second step, no form that saves").isEmpty();

		var token = codeStep.html().selectFirst("input[name=_csrf]").val();
		browser.post("/language", Map.of("_csrf", token, "language", "fr", "back", "/"));

		assertThat(jdbc.sql("select coalesce(language, 'none') from identity.account where username = :username")
			.param("username", member.username()).query(String.class).single()).isEqualTo("none");
	}

	@Test
	void aBackAddressWithBracesGoesToTheStartPageAndAnErrorPageReturnsToTheAddressAsked() {
		var visitor = new Browserless(port);
		var braces = visitor.get("/language?language=de&back=/%7Bx%7D");
		assertThat(braces.status()).isEqualTo(200);
		assertThat(braces.hops().getFirst().getPath()).isEqualTo("/");

		var member = new Browserless(port);
		member.signIn(fixtures.staff(fixtures.agency(Sector.EDUCATION), Role.PRACTITIONER));
		var missing = member.get("/no-such-page", Map.of("Accept", "text/html"));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.html().selectFirst("form[action=/language] input[name=back]").val()).isEqualTo("/no-such-page");
	}

	private static String language(Page page) {
		return page.html().selectFirst("html").attr("lang");
	}
}
