package eu.tandem.vault;

/**
 * Seals and opens content with authenticated encryption. The binding names the record the content
 * belongs to and is authenticated with it, so a ciphertext copied to another record fails to open.
 */
public interface ContentVault {

	/** Encrypts the text with the current key, bound to the record. */
	SealedContent seal(String plaintext, RecordBinding binding);

	/**
	 * Decrypts content sealed for this record.
	 *
	 * @throws ContentTampered when the ciphertext was altered, belongs to another record, or its key is gone
	 */
	String open(SealedContent sealed, RecordBinding binding);

	/** Whether the content is sealed with the current key; if not, its owner re-seals it after a rotation. */
	boolean isCurrent(SealedContent sealed);

	/** The id of the key new content is sealed with, so that owners can find what an older key sealed. */
	String currentKeyId();

	/** The same content sealed with the current key, for owners re-sealing after a rotation. */
	default SealedContent reseal(SealedContent sealed, RecordBinding binding) {
		return isCurrent(sealed) ? sealed : seal(open(sealed, binding), binding);
	}
}
