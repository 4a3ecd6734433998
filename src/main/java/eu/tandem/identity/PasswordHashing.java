package eu.tandem.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id at OWASP's recommended minimum (Password Storage Cheat Sheet: m = 19 MiB, t = 2, p = 1).
 * Spring Security's own defaults use 16 MiB, below that line, so the parameters are spelled out here.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	static final int SALT_LENGTH = 16;
	static final int HASH_LENGTH = 32;
	static final int PARALLELISM = 1;
	static final int MEMORY_KIB = 19 * 1024;
	static final int ITERATIONS = 2;

	@Bean
	PasswordEncoder passwordEncoder() {
		return new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, PARALLELISM, MEMORY_KIB, ITERATIONS);
	}
}
