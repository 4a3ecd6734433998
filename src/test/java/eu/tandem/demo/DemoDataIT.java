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

	@LocalServerPort
	int port;

	@Autowired
	Agencies agencies;

	@Autowired
	Accounts accounts;

	@Autowired
	DemoData demoData;

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
	void agenciesSpanTwoCountriesAndSeveralSectors() {
		var all = agencies.all();
		assertThat(all.stream().map(a -> a.details().country().code()).distinct()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(all.stream().map(a -> a.details().sector()).distinct()).hasSizeGreaterThanOrEqualTo(6);
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

	static List<CSVRecord> rows() throws IOException {
		try (Reader reader = Files.newBufferedReader(ACCOUNTS);
				var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return parser.getRecords();
		}
	}
}
