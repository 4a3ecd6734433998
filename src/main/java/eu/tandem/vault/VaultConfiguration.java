package eu.tandem.vault;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Where the content keys come from. Configured keys win; otherwise the keys directory. With the embedded database
 * (a laptop, the demo, the tests) the first key is made on first start; with an external database Tandem refuses
 * to start without keys rather than make one nobody has a copy of.
 */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

	private static final Logger log = LoggerFactory.getLogger(VaultConfiguration.class);

	@Bean
	ContentVault contentVault(@Value("${tandem.vault.keys:}") String listed, @Value("${tandem.vault.current-key:}") String current,
			@Value("${tandem.keys.directory}") Path directory, @Value("${spring.datasource.url:}") String externalDatabase) {
		if (StringUtils.hasText(listed)) {
			return new AesGcmVault(Keyring.fromList(listed, current));
		}
		var embedded = !StringUtils.hasText(externalDatabase);
		var firstStart = !directory.resolve(Keyring.CURRENT_FILE).toFile().exists();
		var keyring = Keyring.fromDirectory(directory, embedded);
		if (embedded && firstStart) {
			log.info("Made the first content key in {}; keep a copy of this directory apart from the database backups", directory.toAbsolutePath());
		}
		return new AesGcmVault(keyring);
	}
}
