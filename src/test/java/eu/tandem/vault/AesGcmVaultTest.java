package eu.tandem.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesGcmVaultTest {

	@TempDir
	Path keys;

	final RecordBinding item = new RecordBinding("sharing.item", UUID.randomUUID());

	@Test
	void sealedContentOpensForItsOwnRecordOnly() {
		var vault = new AesGcmVault(Keyring.fromDirectory(keys, true));
		var text = "Diagnose: mittelgradige depressive Episode — Λίθιο 400 mg\nzweite Zeile ✓";

		var sealed = vault.seal(text, item);

		assertThat(vault.open(sealed, item)).isEqualTo(text);
		assertThat(new String(sealed.ciphertext(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Diagnose");
		assertThatThrownBy(() -> vault.open(sealed, new RecordBinding("sharing.item", UUID.randomUUID())))
			.isInstanceOf(ContentTampered.class).hasMessageNotContaining("Diagnose");
		assertThatThrownBy(() -> vault.open(sealed, new RecordBinding("sharing.item_revision", item.id())))
			.isInstanceOf(ContentTampered.class);
		assertThat(vault.open(vault.seal("", item), item)).isEmpty();
	}

	@Test
	void aChangedByteOrAnotherKeyLabelDoesNotOpen() {
		var vault = new AesGcmVault(Keyring.fromDirectory(keys, true));
		var sealed = vault.seal("No acute risk", item);
		var bytes = sealed.ciphertext();
		bytes[bytes.length - 1] ^= 1;

		assertThatThrownBy(() -> vault.open(new SealedContent(sealed.keyId(), bytes), item)).isInstanceOf(ContentTampered.class);
		assertThatThrownBy(() -> vault.open(new SealedContent("2", sealed.ciphertext()), item)).isInstanceOf(ContentTampered.class);
	}

	@Test
	void theSameTextSealsDifferentlyEachTime() {
		var vault = new AesGcmVault(Keyring.fromDirectory(keys, true));

		assertThat(vault.seal("same", item).ciphertext()).isNotEqualTo(vault.seal("same", item).ciphertext());
	}

	@Test
	void rotationSealsWithTheNewKeyOpensTheOldAndResealsUntilTheOldKeyCanGo() throws Exception {
		var before = new AesGcmVault(Keyring.fromDirectory(keys, true));
		var old = before.seal("Engaged in treatment", item);

		Keyring.generate(keys, "2");
		Files.writeString(keys.resolve(Keyring.CURRENT_FILE), "2\n");
		var after = new AesGcmVault(Keyring.fromDirectory(keys, false));

		assertThat(after.isCurrent(old)).isFalse();
		assertThat(after.open(old, item)).isEqualTo("Engaged in treatment");
		var resealed = after.reseal(old, item);
		assertThat(resealed.keyId()).isEqualTo("2");
		assertThat(after.seal("new", item).keyId()).isEqualTo("2");

		Files.delete(keys.resolve("content-1.key"));
		var retired = new AesGcmVault(Keyring.fromDirectory(keys, false));
		assertThat(retired.open(resealed, item)).isEqualTo("Engaged in treatment");
		assertThatThrownBy(() -> retired.open(old, item)).isInstanceOf(ContentTampered.class).hasMessageContaining("key '1'");
	}

	@Test
	void theFirstKeyIsMadeReadableByItsOwnerOnly() throws Exception {
		Keyring.fromDirectory(keys, true);

		var file = keys.resolve("content-1.key");
		assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
		if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
	}

	@Test
	void badKeysAreRefusedAtStartWithWhatToDo() throws Exception {
		assertThatThrownBy(() -> Keyring.fromDirectory(keys, false)).hasMessageContaining("No content keys");
		assertThatThrownBy(() -> Keyring.fromList("1:" + Base64.getEncoder().encodeToString(new byte[16]), "1"))
			.hasMessageContaining("must be 32 bytes");
		assertThatThrownBy(() -> Keyring.fromList("1:" + Base64.getEncoder().encodeToString(new byte[32]), "2"))
			.hasMessageContaining("not among the keys");
		assertThatThrownBy(() -> Keyring.fromList("bad id!:" + Base64.getEncoder().encodeToString(new byte[32]), "1"))
			.hasMessageContaining("letters, digits");
		Keyring.generate(keys, "1");
		assertThatThrownBy(() -> Keyring.generate(keys, "1")).hasMessageContaining("never overwritten");
	}
}
