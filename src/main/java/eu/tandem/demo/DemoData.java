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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.tandem.agency.AgencyDetails;
import eu.tandem.agency.AgencyProfile;
import eu.tandem.agency.AgencySetup;
import eu.tandem.agency.ContactPoint;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.identity.AccountSetup;
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
 * Loads {@code demo/agencies.csv} with the agencies' profiles ({@code demo/agency-profiles.csv},
 * {@code demo/agency-contact-points.csv}), {@code demo/accounts.csv} and {@code demo/names.csv} in one
 * transaction: all of it or none. A marker row makes sure it happens once per database.
 */
@Component
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AgencySetup agencies;
	private final AccountSetup accounts;
	private final DemoHubs hubs;
	private final DemoReferrals referrals;
	private final DemoCase demoCase;
	private final DemoCaseLives caseLives;
	private final DemoSubjectAccess demoSubjectAccess;
	private final JdbcClient jdbc;
	private final TransactionOperations transactions;
	private final Environment environment;
	private final Clock clock;

	DemoData(AgencySetup agencies, AccountSetup accounts, DemoHubs hubs, DemoReferrals referrals, DemoCase demoCase,
			DemoCaseLives caseLives, DemoSubjectAccess demoSubjectAccess, JdbcClient jdbc, TransactionOperations transactions, Environment environment, Clock clock) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.hubs = hubs;
		this.referrals = referrals;
		this.demoCase = demoCase;
		this.caseLives = caseLives;
		this.demoSubjectAccess = demoSubjectAccess;
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
			var agency = agencies.create(new AgencyDetails(row.get("name"), Sector.valueOf(row.get("sector")),
					new Country(row.get("country")), row.get("region"), row.get("contact_email"), row.get("contact_phone"),
					row.get("postal_address")));
			agencyIds.put(agency.name(), agency.id());
		}
		describe(agencyIds);
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
		referrals.load(people, LocalDate.now(clock));
		demoCase.load(people, LocalDate.now(clock));
		caseLives.load(people, LocalDate.now(clock));
		demoSubjectAccess.load(people);
		log.info("Demo data loaded: {} agencies, {} accounts, {} hubs (see demo/README.md)", agencyIds.size(), people.size(),
				hubCount);
	}

	private void describe(Map<String, AgencyId> agencyIds) {
		var contactPoints = new LinkedHashMap<String, List<ContactPoint>>();
		for (var row : read("demo/agency-contact-points.csv")) {
			contactPoints.computeIfAbsent(known(agencyIds, row.get("agency"), "demo/agency-contact-points.csv"),
					name -> new ArrayList<>())
				.add(new ContactPoint(row.get("label"), row.get("email"), row.get("phone"), row.get("opening_hours")));
		}
		var described = new ArrayList<String>();
		for (var row : read("demo/agency-profiles.csv")) {
			var name = known(agencyIds, row.get("agency"), "demo/agency-profiles.csv");
			described.add(name);
			var professions = EnumSet.noneOf(Profession.class);
			Arrays.stream(row.get("professions").split(";")).map(String::strip).filter(p -> !p.isEmpty())
				.map(Profession::valueOf).forEach(professions::add);
			agencies.describe(agencyIds.get(name), new AgencyProfile(row.get("jurisdiction"),
					row.get("prevention_work"), row.get("responsibilities"), contactPoints.getOrDefault(name, List.of()),
					professions, Boolean.parseBoolean(row.get("publishes_staff_names"))));
		}
		for (var name : contactPoints.keySet()) {
			if (!described.contains(name)) {
				throw new IllegalStateException("demo/agency-contact-points.csv lists contact points of " + name
						+ ", which has no row in demo/agency-profiles.csv");
			}
		}
	}

	private static String known(Map<String, AgencyId> agencyIds, String name, String file) {
		if (!agencyIds.containsKey(name)) {
			throw new IllegalStateException(file + " names an agency that demo/agencies.csv lacks: " + name);
		}
		return name;
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
