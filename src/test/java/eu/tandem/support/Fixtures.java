package eu.tandem.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.AgencyDetails;
import eu.tandem.agency.AgencySetup;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.identity.AccountSetup;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.NewAccount;
import eu.tandem.identity.Password;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.TotpSecret;
import eu.tandem.identity.Username;
import org.springframework.stereotype.Component;

/**
 * Builds the data a test needs through the modules' own facades: a new agency, a new account with a known
 * password and authenticator. Every name is unique, so tests never depend on each other's data.
 */
@Component
public class Fixtures {

	private final AgencySetup agencies;
	private final AccountSetup accounts;

	public Fixtures(AgencySetup agencies, AccountSetup accounts) {
		this.agencies = agencies;
		this.accounts = accounts;
	}

	public AgencyId agency(Sector sector) {
		return agency(sector, "Test agency " + unique());
	}

	public AgencyId agency(Sector sector, String name) {
		return agencies.create(new AgencyDetails(name, sector, new Country("NL"), "Utrecht", null, null, null)).id();
	}

	public StaffMember staff(AgencyId agency, Role... roles) {
		return staff(agency, Profession.SOCIAL_WORKER, roles);
	}

	public StaffMember staff(AgencyId agency, Profession profession, Role... roles) {
		var username = new Username("t" + unique());
		var password = "pw " + UUID.randomUUID();
		var secret = TotpSecret.generate();
		var chosen = roles.length == 0 ? EnumSet.of(Role.PRACTITIONER) : EnumSet.copyOf(Set.of(roles));
		var view = accounts.createWithAuthenticator(new NewAccount(username, "Test Person " + username, agency, profession,
				chosen, Password.of("password", password, username)), secret);
		var current = new CurrentUser(view.id(), view.username(), view.displayName(), agency, profession, chosen, 0);
		return new StaffMember(view.id(), agency, view.username(), password, secret.base32(), current);
	}

	/** A case reference no other test uses, for cases a test opens without a referral. */
	public static String caseReference() {
		return "TST-2026-" + (100_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900_000));
	}

	public static String unique() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** As {@link #unique()}, in letters only (a to p): for a person's name, which holds no digits. */
	public static String uniqueLetters() {
		var letters = new StringBuilder();
		unique().chars().forEach(hex -> letters.append((char) ('a' + Character.digit(hex, 16))));
		return letters.toString();
	}
}
