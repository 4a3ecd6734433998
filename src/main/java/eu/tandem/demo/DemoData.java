package eu.tandem.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.AgencyDetails;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.NewAccount;
import eu.tandem.identity.Password;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.TotpSecret;
import eu.tandem.identity.UserId;
import eu.tandem.identity.Username;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.StringUtils;

/**
 * Loads {@code demo/agencies.csv}, {@code demo/accounts.csv} and {@code demo/names.csv} in one transaction:
 * all of it or none. A marker row makes sure it happens once per database.
 */
@Component
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Agencies agencies;
	private final Accounts accounts;
	private final DemoHubs hubs;
	private final JdbcClient jdbc;
	private final TransactionOperations transactions;
	private final Environment environment;
	private final Clock clock;

	DemoData(Agencies agencies, Accounts accounts, DemoHubs hubs, JdbcClient jdbc, TransactionOperations transactions,
			Environment environment, Clock clock) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.hubs = hubs;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted()) {
			return;
		}
		transactions.executeWithoutResult(tx -> {
			// one loader at a time, even with several nodes starting together
			jdbc.sql("lock table demo.load in exclusive mode").update();
			if (jdbc.sql("select count(*) from demo.load").query(Long.class).single() > 0) {
				log.info("Demo data was loaded before; leaving the data as it is");
				return;
			}
			load();
			jdbc.sql("insert into demo.load (loaded_at) values (:now)").param("now", Timestamp.from(clock.instant())).update();
		});
	}

	/** "auto" loads with the embedded database only; an external database gets demo data when asked. */
	private boolean wanted() {
		var setting = environment.getProperty("tandem.demo-data", "auto").strip().toLowerCase();
		return switch (setting) {
			case "true" -> true;
			case "false" -> false;
			case "auto" -> !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
			default -> throw new IllegalStateException(
					"tandem.demo-data (TANDEM_DEMO_DATA) must be auto, true or false, not: " + setting);
		};
	}

	private void load() {
		var agencyIds = new HashMap<String, AgencyId>();
		for (var row : read("demo/agencies.csv")) {
			var agency = agencies.createForSetup(new AgencyDetails(row.get("name"), Sector.valueOf(row.get("sector")),
					new Country(row.get("country")), row.get("region"), row.get("contact_email"), row.get("contact_phone"),
					row.get("postal_address")));
			agencyIds.put(agency.name(), agency.id());
		}
		Map<String, String> names = new HashMap<>();
		for (var row : read("demo/names.csv")) {
			names.put(row.get("username"), row.get("display_name"));
		}
		var people = new HashMap<String, UserId>();
		for (var row : read("demo/accounts.csv")) {
			var username = new Username(row.get("username"));
			var agency = agencyIds.get(row.get("agency"));
			if (agency == null) {
				throw new IllegalStateException("demo/accounts.csv names an agency that demo/agencies.csv lacks: "
						+ row.get("agency"));
			}
			var roles = EnumSet.noneOf(Role.class);
			Arrays.stream(row.get("roles").split(";")).map(String::strip).map(Role::valueOf).forEach(roles::add);
			var account = new NewAccount(username, names.getOrDefault(username.value(), username.value()), agency,
					Profession.valueOf(row.get("profession")), roles, Password.of("password", row.get("password"), username));
			var created = accounts.createWithAuthenticator(account, new TotpSecret(row.get("totp_secret")));
			people.put(created.username(), created.id());
		}
		var hubCount = hubs.load(people, LocalDate.now(clock));
		log.info("Demo data loaded: {} agencies, {} accounts, {} hubs (see demo/README.md)", agencyIds.size(), people.size(),
				hubCount);
	}

	private static List<CSVRecord> read(String resource) {
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
				var parser = format.parse(reader)) {
			return new ArrayList<>(parser.getRecords());
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the demo data file " + resource, e);
		}
	}
}
