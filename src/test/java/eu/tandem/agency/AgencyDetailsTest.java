package eu.tandem.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
		assertThatThrownBy(() -> new Country("XX")).isInstanceOf(InvalidInput.class).hasMessage("Choose a country.");
		assertThat(new Country("de").name()).isEqualTo("Germany");
	}
}
