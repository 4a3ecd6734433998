package eu.tandem.identity;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP Password Storage Cheat Sheet: Argon2id with at least 19 MiB of memory and 2 iterations. */
class PasswordHashingTest {

	static final Pattern PHC = Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$.+\\$.+");

	@Test
	void hashesWithArgon2idAtOrAboveOwaspMinimum() {
		var hash = new PasswordHashing().passwordEncoder().encode("correct horse battery staple");

		var parameters = PHC.matcher(hash);
		assertThat(parameters.matches()).as("an Argon2id hash in PHC format: %s", hash).isTrue();
		assertThat(Integer.parseInt(parameters.group(1))).as("memory in KiB").isGreaterThanOrEqualTo(19 * 1024);
		assertThat(Integer.parseInt(parameters.group(2))).as("iterations").isGreaterThanOrEqualTo(2);
		assertThat(Integer.parseInt(parameters.group(3))).as("parallelism").isGreaterThanOrEqualTo(1);
	}

	@Test
	void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
		var encoder = new PasswordHashing().passwordEncoder();
		var hash = encoder.encode("correct horse battery staple");

		assertThat(encoder.matches("correct horse battery staple", hash)).isTrue();
		assertThat(encoder.matches("correct horse battery stapler", hash)).isFalse();
		assertThat(encoder.encode("correct horse battery staple")).isNotEqualTo(hash);
	}
}
