package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * What a break-the-glass grant opens has its words in the bundle: as the case screens write it in a sentence, and as
 * the subject access answer names it.
 */
class CaseworkWordsTest {

	@Test
	void everyEmergencyScopeHasEnglishWordsOnTheScreensAndInTheAnswer() {
		var english = MessageBundles.texts("i18n/casework", Language.ENGLISH);

		assertThat(Arrays.stream(EmergencyAccess.Scope.values())).allSatisfy(scope -> {
			assertThat(english.getProperty("casework.scope." + scope.name())).as(scope.name()).isNotBlank();
			assertThat(english.getProperty("casework.held.grant.scope." + scope.name())).as(scope.name()).isNotBlank();
		});
	}
}
