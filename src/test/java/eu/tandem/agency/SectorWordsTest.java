package eu.tandem.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every sector has its name and its form for sentences in the bundle, as its label() says them in English. */
class SectorWordsTest {

	@Test
	void everySectorHasItsWordsInEnglishAsItsLabelSaysThem() {
		var english = MessageBundles.texts("i18n/agency", Language.ENGLISH);
		assertThat(Arrays.stream(Sector.values())).allSatisfy(sector -> {
			assertThat(english.getProperty("agency.sector." + sector.name())).isEqualTo(sector.label());
			assertThat(english.getProperty("agency.sector.phrase." + sector.name())).isEqualTo(sector.inWords());
		});
	}
}
