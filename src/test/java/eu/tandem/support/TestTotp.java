package eu.tandem.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * What an authenticator app does, written out from RFC 6238 independently of the application's code, so
 * that the tests check Tandem against the standard and not against itself. Because Tandem accepts each
 * time step once, it hands out a fresh step per secret, waiting for the next one when it must.
 */
public final class TestTotp {

	private static final Map<String, Long> LAST_USED = new ConcurrentHashMap<>();

	private TestTotp() {
	}

	public static String code(String base32Secret, long step) {
		try {
			var mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(new Base32().decode(base32Secret.replace(" ", "")), "HmacSHA1"));
			var hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			var offset = hash[hash.length - 1] & 0x0f;
			var binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return "%06d".formatted(binary % 1_000_000);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public static long currentStep() {
		return Instant.now().getEpochSecond() / 30;
	}

	/** A code that Tandem has not seen for this secret yet and that it accepts now. */
	public static synchronized String freshCode(String base32Secret) {
		var key = base32Secret.replace(" ", "");
		while (true) {
			var now = currentStep();
			// never the step before the current one: it may end between reading the code and the server checking it
			var step = Math.max(now, LAST_USED.getOrDefault(key, Long.MIN_VALUE) + 1);
			if (step <= now + 1) {
				LAST_USED.put(key, step);
				return code(key, step);
			}
			sleepUntilNextStep();
		}
	}

	/** Marks a step as used by someone else, e.g. a browser test that typed the code itself. */
	public static synchronized void markUsed(String base32Secret, long step) {
		LAST_USED.merge(base32Secret.replace(" ", ""), step, Math::max);
	}

	private static void sleepUntilNextStep() {
		var millis = 30_000 - (System.currentTimeMillis() % 30_000) + 50;
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
