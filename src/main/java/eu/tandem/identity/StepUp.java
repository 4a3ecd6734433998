package eu.tandem.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh proof of presence for an action stronger than the session allows by itself, such as opening
 * health information in an emergency: the current code from the user's authenticator, used up like a
 * sign-in code so that it cannot be replayed.
 */
@Service
public class StepUp {

	private final AccountStore accounts;
	private final Totp totp;

	StepUp(AccountStore accounts, Totp totp) {
		this.accounts = accounts;
		this.totp = totp;
	}

	/** Whether the code is the user's current one and was not used before; a correct code is used up. */
	@Transactional
	public boolean confirms(CurrentUser user, String code) {
		var account = accounts.byId(user.id()).filter(found -> found.view().active() && found.totpSecret() != null);
		if (account.isEmpty() || code == null) {
			return false;
		}
		var step = totp.matchingStep(new TotpSecret(account.get().totpSecret()), code.strip());
		return step.isPresent() && accounts.useTotpStep(user.id(), step.getAsLong());
	}
}
