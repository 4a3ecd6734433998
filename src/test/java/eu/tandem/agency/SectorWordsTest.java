package eu.tandem.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every sector has its name and its form for sentences in the bundle; the bundle test then has them in every language. */
class SectorWordsTest {

	@Test
	void everySectorHasItsWordsInEnglish() {
		var english = MessageBundles.texts("i18n/agency", Language.ENGLISH);
		assertThat(Arrays.stream(Sector.values())).allSatisfy(sector -> {
			assertThat(english.getProperty("agency.sector." + sector.name())).isNotBlank();
			assertThat(english.getProperty("agency.sector.phrase." + sector.name())).isNotBlank();
		});
	}
}
