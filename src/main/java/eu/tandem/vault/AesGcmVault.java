package eu.tandem.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a fresh 96-bit nonce per seal, prefixed to the ciphertext. The record binding and the key id are
 * the associated data, so content moved to another record, or relabelled with another key, fails to open.
 */
final class AesGcmVault implements ContentVault {

	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final Keyring keys;
	private final SecureRandom random = new SecureRandom();

	AesGcmVault(Keyring keys) {
		this.keys = keys;
	}

	@Override
	public SealedContent seal(String plaintext, RecordBinding binding) {
		var nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(keys.currentId(), binding));
			var sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return new SealedContent(keys.currentId(), ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("AES-GCM is not available in this Java runtime", impossible);
		}
	}

	@Override
	public String open(SealedContent sealed, RecordBinding binding) {
		var key = keys.byId(sealed.keyId())
			.orElseThrow(() -> new ContentTampered("Content sealed with key '" + sealed.keyId() + "', which is not in the keyring", null));
		var bytes = sealed.ciphertext();
		if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new ContentTampered("Sealed content of " + binding.table() + " " + binding.id() + " is truncated", null);
		}
		try {
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData(sealed.keyId(), binding));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException failed) {
			throw new ContentTampered("Sealed content of " + binding.table() + " " + binding.id()
					+ " does not open: altered, moved from another record, or sealed with another key", failed);
		}
	}

	@Override
	public String currentKeyId() {
		return keys.currentId();
	}

	@Override
	public boolean isCurrent(SealedContent sealed) {
		return keys.currentId().equals(sealed.keyId());
	}

	private static byte[] associatedData(String keyId, RecordBinding binding) {
		return (keyId + "|" + new String(binding.associatedData(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
	}
}
