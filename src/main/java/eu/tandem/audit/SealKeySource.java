package eu.tandem.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the seal key comes from, in this order: the setting {@code tandem.audit.seal-key} (environment
 * {@code TANDEM_AUDIT_SEAL_KEY}), the file {@code audit-seal.key} in {@code tandem.keys.directory}, or, with the
 * embedded database only, a new key written to that file. With an external database, several nodes must seal with
 * the same key, so none of them may make one up.
 */
final class SealKeySource {

	static final String PROPERTY = "tandem.audit.seal-key";
	static final String FILE_NAME = "audit-seal.key";

	private static final Logger log = LoggerFactory.getLogger(SealKeySource.class);

	private SealKeySource() {
	}

	record Loaded(SealKey key, String source) {
	}

	/**
	 * @param trailAlreadySealed asked only before making a new key: a trail sealed before needs its old key back,
	 *        since a new one would call every earlier event forged
	 */
	static Loaded load(@Nullable String configured, Path keysDirectory, boolean embeddedDatabase,
			BooleanSupplier trailAlreadySealed) {
		if (configured != null && !configured.isBlank()) {
			var source = PROPERTY + " (TANDEM_AUDIT_SEAL_KEY)";
			return new Loaded(decode(configured, source), source);
		}
		var file = keysDirectory.resolve(FILE_NAME).toAbsolutePath();
		if (Files.exists(file)) {
			return new Loaded(read(file), file.toString());
		}
		if (!embeddedDatabase) {
			throw new IllegalStateException("Tandem needs a key to seal the audit trail. Set " + PROPERTY
					+ " (environment TANDEM_AUDIT_SEAL_KEY) to at least " + SealKey.MINIMUM_BYTES
					+ " random bytes in base64, for example the output of 'openssl rand -base64 32', or put them in " + file
					+ ". Every node sharing the database needs the same key, so Tandem makes one up only for its embedded"
					+ " database.");
		}
		if (trailAlreadySealed.getAsBoolean()) {
			throw new IllegalStateException("The audit seal key " + file + " is missing, but the audit trail was sealed"
					+ " with a key before. Restore the file from a backup: a new key would make every earlier event fail"
					+ " verification.");
		}
		return new Loaded(generate(file), file.toString());
	}

	private static SealKey decode(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getMimeDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("The audit seal key in " + source + " is not base64", e);
		}
		if (bytes.length < SealKey.MINIMUM_BYTES) {
			throw new IllegalStateException("The audit seal key in " + source + " has " + bytes.length + " bytes; it needs"
					+ " at least " + SealKey.MINIMUM_BYTES + " random bytes, for example 'openssl rand -base64 32'");
		}
		return new SealKey(bytes);
	}

	private static SealKey read(Path file) {
		try {
			if (posix() && !Files.getPosixFilePermissions(file).stream().allMatch(SealKeySource::ownerOnly)) {
				log.warn("The audit seal key {} can be read by others than its owner; 'chmod 600' it", file);
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the audit seal key " + file, e);
		}
	}

	private static SealKey generate(Path file) {
		var bytes = new byte[SealKey.MINIMUM_BYTES];
		new SecureRandom().nextBytes(bytes);
		try {
			if (posix()) {
				Files.createDirectories(file.getParent(),
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createDirectories(file.getParent());
				Files.createFile(file);
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
		}
		catch (FileAlreadyExistsException raced) {
			return read(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write a new audit seal key to " + file, e);
		}
		log.info("Made a new audit seal key in {}. Back it up with the data: without it, the audit trail cannot be"
				+ " verified.", file);
		return new SealKey(bytes);
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	private static boolean ownerOnly(PosixFilePermission permission) {
		return permission.name().startsWith("OWNER_");
	}
}
