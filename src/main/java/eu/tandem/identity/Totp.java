package eu.tandem.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as every common
 * authenticator app makes them. A code from the step before or after the current one is accepted too,
 * for clocks that drift and people who type slowly.
 */
@Component
class Totp {

	static final Duration STEP = Duration.ofSeconds(30);
	private static final int DRIFT_STEPS = 1;

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP);
	private final Clock clock;

	Totp(Clock clock) {
		this.clock = clock;
	}

	/** The time step whose code this is, if it is one of the codes valid now. */
	OptionalLong matchingStep(TotpSecret secret, String code) {
		var typed = code == null ? "" : code.replaceAll("\\s", "");
		if (!typed.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		var current = stepOf(clock.instant());
		for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
			if (MessageDigest.isEqual(codeFor(secret, step).getBytes(StandardCharsets.US_ASCII),
					typed.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	String codeFor(TotpSecret secret, long step) {
		try {
			var key = new SecretKeySpec(secret.bytes(), generator.getAlgorithm());
			return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()));
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException("HMAC-SHA1 refused a TOTP key", e);
		}
	}

	static long stepOf(Instant instant) {
		return instant.getEpochSecond() / STEP.toSeconds();
	}

	/** The {@code otpauth://} address that authenticator apps read from the QR code. */
	static String provisioningUri(String issuer, String account, TotpSecret secret) {
		var label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret.base32() + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
