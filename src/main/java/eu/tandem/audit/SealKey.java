package eu.tandem.audit;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The secret that seals events and the chain's head (HMAC-SHA256). It is kept outside the database, so that whoever
 * can write to the database without holding the key cannot make a seal Tandem accepts.
 */
final class SealKey {

	static final int MINIMUM_BYTES = 32;
	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	SealKey(byte[] bytes) {
		if (bytes.length < MINIMUM_BYTES) {
			throw new IllegalArgumentException("An audit seal key has at least " + MINIMUM_BYTES + " bytes, this one "
					+ bytes.length);
		}
		this.key = new SecretKeySpec(bytes, ALGORITHM);
	}

	byte[] seal(byte[] content) {
		try {
			var mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(content);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
		}
	}

	/** Compared in constant time, so that timing tells nothing about a seal someone is trying to forge. */
	boolean sealed(byte[] content, byte @Nullable [] seal) {
		return seal != null && MessageDigest.isEqual(seal(content), seal);
	}

	@Override
	public String toString() {
		return "SealKey[not shown]";
	}
}
