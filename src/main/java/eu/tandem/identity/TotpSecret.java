package eu.tandem.identity;

import java.security.SecureRandom;
import java.util.Locale;

import eu.tandem.kernel.InvalidInput;
import org.apache.commons.codec.binary.Base32;

/**
 * The shared secret of an authenticator app (RFC 6238), as the Base32 text that people type into an app
 * when they cannot scan the QR code. 160 bits, the size RFC 4226 recommends for HMAC-SHA1.
 */
public record TotpSecret(String base32) {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final int BYTES = 20;

	public TotpSecret {
		if (base32 == null) {
			throw InvalidInput.of("totpSecret", "identity.error.totpSecretMissing");
		}
		base32 = base32.replace(" ", "").toUpperCase(Locale.ROOT);
		if (!base32.matches("[A-Z2-7]{16,}=*") || new Base32().decode(base32).length < 10) {
			throw InvalidInput.of("totpSecret", "identity.error.totpSecretForm");
		}
	}

	public static TotpSecret generate() {
		var bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return new TotpSecret(new Base32().encodeToString(bytes).replace("=", ""));
	}

	byte[] bytes() {
		return new Base32().decode(base32);
	}

	/** The secret in groups of four, easier to read out and type. */
	public String grouped() {
		return base32.replaceAll("(.{4})(?!$)", "$1 ");
	}

	@Override
	public String toString() {
		return "TotpSecret[hidden]";
	}
}
