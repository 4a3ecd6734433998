package eu.tandem.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Agency;
import eu.tandem.agency.AgencyProfile;
import eu.tandem.agency.ContactPoint;
import eu.tandem.agency.Sector;
import eu.tandem.identity.AccountView;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import eu.tandem.support.Browserless;
import eu.tandem.support.TandemIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TandemIntegrationTest
class DemoDataIT {

	static final Path ACCOUNTS = Path.of("demo/accounts.csv");
	static final Path AGENCIES = Path.of("demo/agencies.csv");

	@LocalServerPort
	int port;

	@Autowired
	Agencies agencies;

	@Autowired
	Accounts accounts;

	@Autowired
	DemoData demoData;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void everyCaseInTheCasesFileIsLoadedInItsHubWithItsOwnerAndState() throws IOException {
		var lines = Files.readAllLines(Path.of("demo/cases.csv"));
		assertThat(lines.getFirst()).isEqualTo("reference,hub,owner,state");
		// the references carry the year the demo data is loaded in; the file gives them as loaded in 2026
		var year = String.valueOf(java.time.Year.now());
		var loaded = jdbc.sql("""
				select c.reference, h.name as hub, coalesce(a.username, '') as owner, c.state
				  from casework.case_file c join hub.hub h on h.id = c.hub_id left join identity.account a on a.id = c.owner_id
				""").query((rs, n) -> String.join(",", rs.getString("reference"), rs.getString("hub"), rs.getString("owner"),
						rs.getString("state"))).list();
		var listed = lines.stream().skip(1).map(line -> line.replace("-2026-", "-" + year + "-")).toList();
		assertThat(loaded).containsAll(listed);
		assertThat(listed.stream().map(line -> line.substring(line.lastIndexOf(',') + 1)).collect(Collectors.toSet()))
			.as("the demo shows a case at every stage it can reach on the day it is loaded")
			.contains("SCREENING", "INFORMATION_GATHERING", "SUPPORT", "REVIEW", "CLOSED");
	}

	@Test
	void accountsFileHasTheDocumentedColumns() throws IOException {
		assertThat(Files.readAllLines(ACCOUNTS).getFirst()).isEqualTo("username,password,totp_secret,agency,profession,roles");
	}

	@Test
	void everyRoleHasADemoAccountAndEveryAccountIsLoadedAsListed() throws IOException {
		var rows = rows();
		var roles = rows.stream().flatMap(row -> List.of(row.get("roles").split(";")).stream()).map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		assertThat(roles).containsExactlyInAnyOrder(Role.values());

		var everyone = sysadmin();
		for (var row : rows) {
			var agency = agencies.findByName(row.get("agency")).orElseThrow();
			var account = staffOf(agency, everyone).stream().filter(a -> a.username().equals(row.get("username")))
				.findFirst().orElseThrow(() -> new AssertionError("not loaded: " + row.get("username")));
			assertThat(account.profession()).isEqualTo(Profession.valueOf(row.get("profession")));
			assertThat(account.roles().stream().map(Role::name).collect(Collectors.toSet()))
				.isEqualTo(Set.of(row.get("roles").split(";")));
			assertThat(account.mfaEnrolled()).isTrue();
		}
	}

	@Test
	void readmeListsEveryDemoAccountWithItsSecret() throws IOException {
		var readme = Files.readString(Path.of("demo/README.md"));
		for (var row : rows()) {
			assertThat(readme).contains("| `" + row.get("username") + "` |").contains("`" + row.get("totp_secret") + "`")
				.contains("**`" + row.get("password") + "`**");
		}
	}

	@Test
	void bothDemoCountriesHaveAgenciesOfEverySector() throws IOException {
		var demo = demoAgencies();
		for (var country : List.of("DE", "DK")) {
			assertThat(demo.stream().filter(agency -> agency.details().country().code().equals(country))
				.map(agency -> agency.details().sector()).distinct())
				.as("sectors of the demo agencies in " + country)
				.containsExactlyInAnyOrder(Sector.values());
		}
	}

	@Test
	void everyDemoAgencyDescribesItsPreventionWork() throws IOException {
		var demo = demoAgencies();
		var profiles = agencies.profilesOf(demo.stream().map(Agency::id).toList());
		assertThat(profiles).hasSameSizeAs(demo);
		for (var agency : demo) {
			var profile = profiles.get(agency.id());
			assertThat(profile.jurisdiction()).as(agency.name()).isNotBlank();
			assertThat(profile.preventionWork()).as(agency.name()).isNotBlank();
			assertThat(profile.responsibilities()).as(agency.name()).isNotBlank();
			assertThat(profile.professions()).as(agency.name()).isNotEmpty();
			assertThat(profile.contactPoints()).as(agency.name()).hasSizeBetween(1, 2);
			assertThat(profile.contactPoints().stream().map(ContactPoint::email).filter(email -> email != null))
				.as(agency.name()).allSatisfy(email -> assertThat(email).endsWith(".example"));
		}
		assertThat(profiles.values()).as("some agencies publish staff names, others do not")
			.anyMatch(AgencyProfile::publishesStaffNames)
			.anyMatch(profile -> !profile.publishesStaffNames());
	}

	@Test
	void readmeListsEveryDemoAgency() throws IOException {
		var readme = Files.readString(Path.of("demo/README.md"));
		for (var row : rows(AGENCIES)) {
			assertThat(readme).contains("| " + row.get("name") + " | ");
		}
	}

	@Test
	void aDemoAccountSignsInWithItsListedPasswordAndSecret() throws IOException {
		var dpo = rows().stream().filter(row -> row.get("roles").contains("DATA_PROTECTION_OFFICER")).findFirst().orElseThrow();
		var home = new Browserless(port).signIn(dpo.get("username"), dpo.get("password"), dpo.get("totp_secret"));

		assertThat(home.path()).isEqualTo("/");
		assertThat(home.html().select("header .who").text()).contains(dpo.get("agency"));
	}

	@Test
	void loadsOnlyOnce() throws IOException {
		var before = agencies.all().size();

		demoData.run(new DefaultApplicationArguments());

		assertThat(agencies.all()).hasSize(before);
	}

	private List<AccountView> staffOf(Agency agency, CurrentUser viewer) {
		return accounts.staffOf(agency.id(), "", viewer);
	}

	private CurrentUser sysadmin() {
		var anyAgency = agencies.all().getFirst().id();
		return new CurrentUser(UserId.random(), "test-reader", "Test Reader", anyAgency, Profession.OTHER,
				Set.of(Role.SYSTEM_ADMINISTRATOR), 0);
	}

	/** The agencies of demo/agencies.csv as loaded, without those that other tests add. */
	private List<Agency> demoAgencies() throws IOException {
		return rows(AGENCIES).stream()
			.map(row -> agencies.findByName(row.get("name")).orElseThrow(() -> new AssertionError("not loaded: " + row.get("name"))))
			.toList();
	}

	static List<CSVRecord> rows() throws IOException {
		return rows(ACCOUNTS);
	}

	static List<CSVRecord> rows(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file);
				var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return parser.getRecords();
		}
	}
}
