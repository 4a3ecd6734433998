package eu.tandem.agency;

import eu.tandem.identity.Profession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryFilterTest {

	@Test
	void readsTheFiltersFromTheAddress() {
		var filter = DirectoryFilter.of(" exit  work ", "EXIT_PROGRAMME", "dk", " Aarhus ", "EXIT_WORKER");
		assertThat(filter.words()).containsExactly("exit", "work");
		assertThat(filter.sector()).isEqualTo(Sector.EXIT_PROGRAMME);
		assertThat(filter.country()).isEqualTo(new Country("DK"));
		assertThat(filter.region()).isEqualTo("Aarhus");
		assertThat(filter.profession()).isEqualTo(Profession.EXIT_WORKER);
		assertThat(filter.isEmpty()).isFalse();
	}

	@Test
	void valuesThatAreNotSectorsCountriesOrProfessionsFilterNothing() {
		var filter = DirectoryFilter.of(null, "SPACE_AGENCY", "XX", null, "ASTRONAUT");
		assertThat(filter).isEqualTo(DirectoryFilter.none());
		assertThat(filter.isEmpty()).isTrue();
		assertThat(filter.words()).isEmpty();
	}

	@Test
	void likeWildcardsInWhatPeopleTypeMatchOnlyThemselves() {
		assertThat(DirectoryFilter.containing("100%")).isEqualTo("%100\\%%");
		assertThat(DirectoryFilter.containing("a_b")).isEqualTo("%a\\_b%");
		assertThat(DirectoryFilter.containing("back\\slash")).isEqualTo("%back\\\\slash%");
	}

	@Test
	void overLongTextIsCutAndOnlyTheFirstTenWordsCount() {
		var filter = DirectoryFilter.of("ø".repeat(500), null, null, "r".repeat(500), null);
		assertThat(filter.text()).hasSize(200);
		assertThat(filter.region()).hasSize(200);
		assertThat(DirectoryFilter.of("a b c d e f g h i j k l", null, null, null, null).words()).hasSize(10);
	}
}
