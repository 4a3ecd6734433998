package eu.tandem.audit;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.StringUtils;

/** The seal key, checked against the trail before anything can be recorded with it. */
@Configuration(proxyBeanMethods = false)
class SealKeyConfiguration {

	@Bean
	SealKey auditSealKey(Environment environment, ChainStore store, TransactionOperations transactions) {
		var genesis = new ChainGenesis(store, transactions);
		var embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		var loaded = SealKeySource.load(environment.getProperty(SealKeySource.PROPERTY),
				Path.of(environment.getRequiredProperty("tandem.keys.directory")), embedded, genesis::keyRecorded);
		genesis.begin(loaded.key(), loaded.source());
		return loaded.key();
	}
}
