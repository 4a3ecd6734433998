package eu.tandem.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;

import eu.tandem.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

class AgencyDetailsTest {

	@Test
	void blankOptionalFieldsBecomeAbsent() {
		var details = new AgencyDetails(" Mosaik ", Sector.NGO_COMMUNITY, new Country("dk"), " ", "", null, "  ");
		assertThat(details.name()).isEqualTo("Mosaik");
		assertThat(details.country().code()).isEqualTo("DK");
		assertThat(details.region()).isNull();
		assertThat(details.contactEmail()).isNull();
	}

	@Test
	void refusesMalformedContactDetails() {
		assertThatThrownBy(() -> AgencyDetails.contactEmail("not an address")).isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).field()).isEqualTo("contactEmail");
		assertThatThrownBy(() -> AgencyDetails.contactPhone("call me maybe")).isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).field()).isEqualTo("contactPhone");
		assertThat(AgencyDetails.contactPhone("+45 87 55 01 00")).isEqualTo("+45 87 55 01 00");
	}

	@Test
	void refusesUnknownCountries() {
		assertThatThrownBy(() -> new Country("XX")).isInstanceOfSatisfying(InvalidInput.class,
				refused -> assertThat(InEnglish.of(refused)).isEqualTo("Choose a country."));
		assertThat(new Country("de").name()).isEqualTo("Germany");
	}

	@Test
	void aCountryIsNamedAndSortedInTheReadersLanguage() {
		assertThat(new Country("de").name(Locale.GERMAN)).isEqualTo("Deutschland");
		assertThat(new Country("dk").name(Locale.of("da"))).isEqualTo("Danmark");
		var countries = Stream.of("DK", "DE", "AT").map(Country::new);
		assertThat(countries.sorted(Country.byName(Locale.GERMAN)).map(Country::code))
			.containsExactly("DK", "DE", "AT");
	}
}
