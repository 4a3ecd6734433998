package eu.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.AgencyProfile;
import eu.tandem.agency.AgencySetup;
import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Free text may hold "&lt;", "&gt;" and "&amp;" ("score &gt; 20"): it is stored as typed and every page shows it
 * as text, never as markup.
 */
@TandemIntegrationTest
class FreeTextIT {

	static final String DESCRIPTION = "<b>x</b> & score > 20";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencySetup agencySetup;

	AgencyId agency;
	Browserless admin;

	@BeforeEach
	void signInAsAgencyAdministrator() {
		agency = fixtures.agency(Sector.SOCIAL_CARE);
		agencySetup.describe(agency, new AgencyProfile("Utrecht", "Visits families.", null, List.of(), Set.of(), false));
		admin = new Browserless(port);
		admin.signIn(fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR));
	}

	@Test
	void aDescriptionWithMarkupCharactersIsStoredAsTypedAndShownAsText() {
		var form = admin.get("/agencies/" + agency + "/profile").html().selectFirst("form.form");
		assertThat(form).isNotNull();
		var fields = new LinkedHashMap<String, String>();
		form.select("input[type=hidden]").forEach(hidden -> fields.put(hidden.attr("name"), hidden.val()));
		fields.putAll(Map.of("jurisdiction", "Utrecht", "preventionWork", DESCRIPTION));

		var saved = admin.post(form.attr("action"), fields);

		assertThat(saved.status()).isEqualTo(200);
		assertThat(agencies.profileOf(agency).orElseThrow().preventionWork()).isEqualTo(DESCRIPTION);
		var reader = new Browserless(port);
		reader.signIn(fixtures.staff(fixtures.agency(Sector.EDUCATION), Role.PRACTITIONER));
		var page = reader.get("/agencies/" + agency);
		var shown = page.html().getElementById("prevention-work");
		assertThat(shown.text()).isEqualTo(DESCRIPTION);
		assertThat(shown.children()).as("no element made of the text").isEmpty();
		assertThat(page.body()).contains("&lt;b&gt;x&lt;/b&gt; &amp; score &gt; 20").doesNotContain(DESCRIPTION);
	}

	@Test
	void aStaffNameWithAScriptTagIsShownAsTextAndRunsNothing() {
		var name = "<script>alert(1)</script> Amira";
		var username = "s" + Fixtures.unique();
		var form = admin.get("/agencies/" + agency + "/staff/new");

		var created = admin.submit(form, "form.form", Map.of("username", username, "displayName", name, "profession",
				"COUNSELLOR", "roles", "PRACTITIONER", "password", "a long first password"));

		assertThat(created.path()).isEqualTo("/agencies/" + agency + "/staff");
		var staff = admin.get("/agencies/" + agency + "/staff");
		assertThat(staff.html().select("main td").eachText()).contains(name);
		assertThat(staff.html().select("main script")).as("no script element made of the name").isEmpty();
		assertThat(staff.html().select("script")).allSatisfy(script -> assertThat(script.attr("src")).isNotEmpty());
		assertThat(staff.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; Amira");
	}
}
