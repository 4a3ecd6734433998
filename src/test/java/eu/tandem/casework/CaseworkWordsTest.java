package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;

/** What a break-the-glass grant opens has its words in the bundle, as the case screens write it in a sentence. */
class CaseworkWordsTest {

	@Test
	void everyEmergencyScopeHasEnglishWordsAsTheExportWritesThem() {
		var english = MessageBundles.texts("i18n/casework", Language.ENGLISH);

		assertThat(Arrays.stream(EmergencyAccess.Scope.values())).allSatisfy(scope ->
				assertThat(english.getProperty("casework.scope." + scope.name())).as(scope.name()).isEqualTo(scope.inWords()));
	}
}
