package eu.tandem.vault;

import java.util.Arrays;
import java.util.Objects;

/** Encrypted content as stored: the key it was sealed with and the nonce-prefixed ciphertext with its tag. */
public record SealedContent(String keyId, byte[] ciphertext) {

	public SealedContent {
		Objects.requireNonNull(keyId, "keyId");
		ciphertext = ciphertext.clone();
	}

	@Override
	public byte[] ciphertext() {
		return ciphertext.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SealedContent that && keyId.equals(that.keyId) && Arrays.equals(ciphertext, that.ciphertext);
	}

	@Override
	public int hashCode() {
		return 31 * keyId.hashCode() + Arrays.hashCode(ciphertext);
	}

	@Override
	public String toString() {
		return "SealedContent[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
	}
}
