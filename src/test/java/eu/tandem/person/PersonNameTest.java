package eu.tandem.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.tandem.kernel.InvalidInput;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

	static final String ONLY = "can contain only letters, spaces, hyphens, apostrophes and full stops.";

	/** The refusal reads so to an English reader. */
	static ThrowingConsumer<Throwable> reads(String words) {
		return refused -> assertThat(InEnglish.words(refused)).isEqualTo(words);
	}

	@Test
	void keepsNamesFromEveryScriptAsTyped() {
		for (var name : new String[][] { { "Ayşe", "Demir" }, { "Niamh", "O'Brien" }, { "Jean-Luc", "van der Berg" },
				{ "Olha", "Kovalenko‐Shevchenko" }, { "D’Arcy", "St. John" }, { "Олександр", "Коваленко" },
				{ "Ελένη", "Παπαδοπούλου" }, { "محمد", "العمري" }, { "ნინო", "ბერიძე" }, { "美玲", "王" },
				{ "Zoë", "Nguyễn" }, { "Anaïs", "Mu\u0308ller" }, { "Ali", "خان\u200cزاده" } }) {
			var kept = new PersonName(PersonName.Kind.NAME, " " + name[0] + " ", name[1], null);
			assertThat(kept.givenNames()).isEqualTo(name[0]);
			assertThat(kept.surname()).isEqualTo(name[1]);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "Haddad2", "<b>Haddad</b>", "Haddad & Sons", "Haddad (Amira)", "Haddad; drop table",
			"Had_dad", "Haddad!", "@haddad", "Haddad\"", "Haddad/Demir", "Haddad 😀" })
	void refusesASurnameWithAnythingButLettersAndTheSignsOfNames(String surname) {
		assertThatThrownBy(() -> new PersonName(PersonName.Kind.NAME, "Amira", surname, null))
			.isInstanceOf(InvalidInput.class)
			.satisfies(reads("The surname " + ONLY))
			.extracting(refused -> ((InvalidInput) refused).field()).isEqualTo("surname");
	}

	@Test
	void refusesGivenNamesWithDigitsNextToTheirOwnField() {
		assertThatThrownBy(() -> new PersonName(PersonName.Kind.NAME, "Amira 2", "Haddad", null))
			.isInstanceOf(InvalidInput.class)
			.satisfies(reads("The given names " + ONLY))
			.extracting(refused -> ((InvalidInput) refused).field()).isEqualTo("givenNames");
	}

	@Test
	void anAliasIsANameAndSaysSoWhenRefused() {
		assertThatThrownBy(() -> new PersonName(PersonName.Kind.ALIAS, "xX_warrior_88", null, null))
			.satisfies(reads("The other name " + ONLY));
	}

	@Test
	void aNameOfSignsAloneIsNoName() {
		assertThatThrownBy(() -> new PersonName(PersonName.Kind.NAME, "Amira", "-.'", null))
			.isInstanceOf(InvalidInput.class)
			.satisfies(reads("The surname needs at least one letter."));
	}

	@Test
	void controlCharactersAndLengthAreRefusedAsInAllText() {
		assertThatThrownBy(() -> new PersonName(PersonName.Kind.NAME, "Amira", "Had\u202Edad", null))
			.satisfies(reads("“Surname” contains invisible control characters. Retype it."));
		assertThatThrownBy(() -> new PersonName(PersonName.Kind.NAME, "a".repeat(201), "Haddad", null))
			.satisfies(reads("“Given names” can be at most 200 characters long."));
		assertThatThrownBy(() -> new PersonName(PersonName.Kind.ALIAS, "AbuYusuf", null, null))
			.satisfies(reads("“Other name” contains invisible control characters. Retype it."));
	}

	@Test
	void aPastedNoBreakSpaceIsASpace() {
		assertThat(new PersonName(PersonName.Kind.NAME, "Anna\u00a0Maria", "de\u202fJong", null).full()).isEqualTo("Anna Maria de Jong");
	}

	@Test
	void theScriptIsALabelNotAName() {
		assertThat(new PersonName(PersonName.Kind.OTHER_SCRIPT, "يوسف", null, "Arabic (Morocco)").script()).isEqualTo("Arabic (Morocco)");
	}

	@Test
	void needsAGivenNameOrASurname() {
		assertThatThrownBy(() -> new PersonName(PersonName.Kind.NAME, " ", null, null))
			.satisfies(reads("Enter a given name or a surname."));
	}
}
