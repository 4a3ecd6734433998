package eu.tandem.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import org.apache.commons.csv.CSVFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo accounts as a test signs in with them: the password and authenticator secret from {@code demo/accounts.csv},
 * the account as the demo data loaded it. For tests that walk the demo data as the README describes it.
 */
@Component
public class DemoStaff {

	private final JdbcClient jdbc;

	DemoStaff(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public StaffMember member(String username) {
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader accounts = Files.newBufferedReader(Path.of("demo", "accounts.csv"), StandardCharsets.UTF_8)) {
			var row = format.parse(accounts).stream().filter(line -> line.get("username").equals(username)).findFirst()
				.orElseThrow(() -> new AssertionError("demo/accounts.csv has no " + username));
			return jdbc.sql("select id, agency_id, display_name, profession, roles from identity.account where username = :username")
				.param("username", username)
				.query((rs, n) -> {
					var id = new UserId(rs.getObject("id", UUID.class));
					var agency = new AgencyId(rs.getObject("agency_id", UUID.class));
					var roles = EnumSet.noneOf(Role.class);
					for (var role : (String[]) rs.getArray("roles").getArray()) {
						roles.add(Role.valueOf(role));
					}
					var current = new CurrentUser(id, username, rs.getString("display_name"), agency,
							Profession.valueOf(rs.getString("profession")), roles, 0);
					return new StaffMember(id, agency, username, row.get("password"), row.get("totp_secret"), current);
				})
				.single();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
