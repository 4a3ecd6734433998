package eu.tandem.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The content keys, kept outside the database: either listed in configuration ({@code tandem.vault.keys} as
 * {@code id:base64,id:base64} with {@code tandem.vault.current-key}) or as files in the keys directory
 * ({@code content-<id>.key} holding 32 random bytes in base64, and {@code content-current} naming the current
 * one). The current key seals; every key present opens.
 */
final class Keyring {

	static final String CURRENT_FILE = "content-current";
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
	private static final Pattern KEY_FILE = Pattern.compile("content-([A-Za-z0-9_-]{1,32})\\.key");

	private final Map<String, SecretKey> keys;
	private final String current;

	Keyring(Map<String, SecretKey> keys, String current) {
		if (!keys.containsKey(current)) {
			throw new IllegalStateException("The current content key '" + current + "' is not among the keys " + keys.keySet()
					+ ". Add its key, or name one of these as current.");
		}
		this.keys = Map.copyOf(keys);
		this.current = current;
	}

	String currentId() {
		return current;
	}

	SecretKey current() {
		return keys.get(current);
	}

	Optional<SecretKey> byId(String id) {
		return Optional.ofNullable(keys.get(id));
	}

	/** From configuration: {@code 1:base64,2:base64}, the current one named separately. */
	static Keyring fromList(String list, String current) {
		var keys = new LinkedHashMap<String, SecretKey>();
		for (var entry : list.split(",")) {
			var parts = entry.strip().split(":", 2);
			if (parts.length != 2) {
				throw new IllegalStateException("tandem.vault.keys lists keys as id:base64, separated by commas");
			}
			keys.put(id(parts[0].strip()), key(parts[0].strip(), parts[1].strip()));
		}
		if (current == null || current.isBlank()) {
			throw new IllegalStateException("Set tandem.vault.current-key to the id of the key that seals new content");
		}
		return new Keyring(keys, current.strip());
	}

	/** From the keys directory; when it holds no content key yet and generation is allowed, makes the first. */
	static Keyring fromDirectory(Path directory, boolean generateIfMissing) {
		try {
			if (generateIfMissing && !Files.exists(directory.resolve(CURRENT_FILE))) {
				generate(directory, "1");
				Files.writeString(directory.resolve(CURRENT_FILE), "1\n");
			}
			if (!Files.exists(directory.resolve(CURRENT_FILE))) {
				throw new IllegalStateException("No content keys in " + directory.toAbsolutePath() + ". Put content-1.key (32 random "
						+ "bytes in base64) and content-current (its id) there, or set TANDEM_VAULT_KEYS and TANDEM_VAULT_CURRENT_KEY.");
			}
			var keys = new LinkedHashMap<String, SecretKey>();
			try (var files = Files.list(directory)) {
				for (var file : files.sorted().toList()) {
					var name = KEY_FILE.matcher(file.getFileName().toString());
					if (name.matches()) {
						keys.put(name.group(1), key(name.group(1), Files.readString(file, StandardCharsets.US_ASCII).strip()));
					}
				}
			}
			return new Keyring(keys, Files.readString(directory.resolve(CURRENT_FILE)).strip());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Cannot read the content keys in " + directory.toAbsolutePath(), unreadable);
		}
	}

	/** Writes a new random key as {@code content-<id>.key}, readable by its owner only. */
	static Path generate(Path directory, String id) throws IOException {
		Files.createDirectories(directory);
		restrict(directory, "rwx------");
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		var file = directory.resolve("content-" + id(id) + ".key");
		if (Files.exists(file)) {
			throw new IllegalStateException(file + " exists already; a key is never overwritten");
		}
		Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
		restrict(file, "rw-------");
		return file;
	}

	private static void restrict(Path path, String permissions) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
	}

	private static String id(String id) {
		if (!ID.matcher(id).matches()) {
			throw new IllegalStateException("A content key id is 1 to 32 letters, digits, '-' or '_', got: " + id);
		}
		return id;
	}

	private static SecretKey key(String id, String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException notBase64) {
			throw new IllegalStateException("Content key '" + id + "' is not valid base64");
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("Content key '" + id + "' must be 32 bytes (256 bits), it has " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}
}
