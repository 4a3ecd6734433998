package eu.tandem.casework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceTest {

	@Test
	void writesTheHubsLettersTheYearAndAFourDigitNumber() {
		assertThat(Reference.of("AUG", 2026, 42)).isEqualTo("AUG-2026-0042");
		assertThat(Reference.of("AAR2", 2027, 12345)).isEqualTo("AAR2-2027-12345");
	}

	@Test
	void readsAReferenceAsPeopleTypeIt() {
		assertThat(Reference.read("AUG-2026-0042")).contains("AUG-2026-0042");
		assertThat(Reference.read("  aug-2026-42 ")).contains("AUG-2026-0042");
		assertThat(Reference.read("AUG 2026 0042")).contains("AUG-2026-0042");
		assertThat(Reference.read("aug20260042")).contains("AUG-2026-0042");
		assertThat(Reference.read("AUG–2026–0042")).as("en dashes from a word processor").contains("AUG-2026-0042");
		assertThat(Reference.read("AAR2-2026-7")).contains("AAR2-2026-0007");
		assertThat(Reference.read("ref-0a1b2c3d")).as("a reference from before numbering").contains("REF-0A1B2C3D");
	}

	@Test
	void refusesWhatCannotBeAReference() {
		assertThat(Reference.read("")).isEmpty();
		assertThat(Reference.read(null)).isEmpty();
		assertThat(Reference.read("Amira Haddad")).isEmpty();
		assertThat(Reference.read("AUG-26-0042")).isEmpty();
		assertThat(Reference.read("0b7c8d5e-1111-2222-3333-444455556666")).isEmpty();
	}
}
