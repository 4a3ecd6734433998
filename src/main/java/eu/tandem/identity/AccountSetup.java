package eu.tandem.identity;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts whose authenticator is already known, for demo data and scripted set-ups where the secret is
 * published on purpose; a production start never loads them unless asked. It is the identity module's
 * {@code setup} interface, which only the demo module declares: no screen can open an account this way.
 */
@Service
@NamedInterface("setup")
public class AccountSetup {

	private final Accounts accounts;

	AccountSetup(Accounts accounts) {
		this.accounts = accounts;
	}

	@Transactional
	public AccountView createWithAuthenticator(NewAccount account, TotpSecret secret) {
		return accounts.createWithAuthenticator(account, secret);
	}
}
