package eu.tandem.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealKeySourceTest {

	static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@TempDir
	Path keys;

	@Test
	void theSettingComesFirst() throws Exception {
		Files.writeString(keys.resolve(SealKeySource.FILE_NAME), Base64.getEncoder().encodeToString(new byte[40]));
		var loaded = SealKeySource.load(KEY, keys, true, () -> false);
		assertThat(loaded.source()).contains("TANDEM_AUDIT_SEAL_KEY");
		assertThat(loaded.key().seal(new byte[] { 1 })).isEqualTo(new SealKey(new byte[32]).seal(new byte[] { 1 }));
	}

	@Test
	void theFileInTheKeysDirectoryComesNext() throws Exception {
		Files.writeString(keys.resolve(SealKeySource.FILE_NAME), KEY + "\n");
		var loaded = SealKeySource.load(null, keys, false, () -> false);
		assertThat(loaded.source()).endsWith(SealKeySource.FILE_NAME);
	}

	@Test
	void theEmbeddedDatabaseGetsANewKeyOnlyTheOwnerCanRead() throws Exception {
		var loaded = SealKeySource.load("", keys.resolve("not-yet"), true, () -> false);
		var file = keys.resolve("not-yet").resolve(SealKeySource.FILE_NAME);
		assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
		var again = SealKeySource.load(null, keys.resolve("not-yet"), true, () -> false);
		assertThat(again.key().seal(new byte[] { 1 })).isEqualTo(loaded.key().seal(new byte[] { 1 }));
	}

	@Test
	void anExternalDatabaseWithoutAKeyRefusesToStartAndSaysWhatToSet() {
		assertThatThrownBy(() -> SealKeySource.load(null, keys, false, () -> false))
			.hasMessageContaining("tandem.audit.seal-key")
			.hasMessageContaining("TANDEM_AUDIT_SEAL_KEY")
			.hasMessageContaining(keys.resolve(SealKeySource.FILE_NAME).toString());
		assertThat(keys.resolve(SealKeySource.FILE_NAME)).doesNotExist();
	}

	@Test
	void aLostKeyIsNotReplacedOnceTheTrailWasSealed() {
		assertThatThrownBy(() -> SealKeySource.load(null, keys, true, () -> true))
			.hasMessageContaining("Restore the file from a backup");
		assertThat(keys.resolve(SealKeySource.FILE_NAME)).doesNotExist();
	}

	@Test
	void aShortKeyIsRefused() {
		assertThatThrownBy(() -> SealKeySource.load(Base64.getEncoder().encodeToString(new byte[16]), keys, true, () -> false))
			.hasMessageContaining("has 16 bytes");
		assertThatThrownBy(() -> SealKeySource.load("not base64!", keys, true, () -> false))
			.hasMessageContaining("not base64");
	}
}
