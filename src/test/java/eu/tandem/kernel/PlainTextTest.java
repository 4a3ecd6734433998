package eu.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

	@Test
	void keepsNamesFromAcrossEuropeAsTyped() {
		for (var name : new String[] { "Ayşe Demir", "Niamh O'Brien", "José García López", "Mette Sørensen",
				"Олександр Коваленко", "Ελένη Παπαδοπούλου", "محمد العمري", "Jean-Luc van der Berg" }) {
			assertThat(PlainText.required("name", "the name", "  " + name + " ", 200)).isEqualTo(name);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "Amira\u0000Haddad", "Amira\u0007", "Amira\u202EHaddad", "line\nbreak", "tab\there" })
	void refusesControlCharacters(String text) {
		assertThatThrownBy(() -> PlainText.required("name", "the name", text, 200))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("control characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "score > 20", "a < b & c", "<script>alert(1)</script>" })
	void keepsAngleBracketsAsOrdinaryCharacters(String text) {
		assertThat(PlainText.required("name", "the name", text, 200)).isEqualTo(text);
	}

	@Test
	void refusesOverLongTextCountingCharacters() {
		assertThat(PlainText.required("name", "the name", "ø".repeat(200), 200)).hasSize(200);
		assertThatThrownBy(() -> PlainText.required("name", "the name", "ø".repeat(201), 200))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("The name can be at most 200 characters long.");
	}

	@Test
	void requiredRefusesBlankAndOptionalTurnsItIntoNull() {
		assertThatThrownBy(() -> PlainText.required("name", "the name", "   ", 200)).hasMessage("Enter the name.");
		assertThat(PlainText.optional("region", "the region", "   ", 200)).isNull();
	}

	@Test
	void multiLineTextKeepsItsLineBreaksAndTabsAndStoresBrowserLineBreaksAsNewlines() {
		assertThat(PlainText.optionalMultiLine("work", "what it does", "  First line\r\n\r\n\tSecond line\rThird \n", 200))
			.isEqualTo("First line\n\n\tSecond line\nThird");
	}

	@Test
	void multiLineTextCountsALineBreakAsOneCharacter() {
		var text = "a\r\n".repeat(99) + "a";
		assertThat(PlainText.optionalMultiLine("work", "what it does", text, 199)).hasSize(199);
		assertThatThrownBy(() -> PlainText.optionalMultiLine("work", "what it does", text + "a", 199))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("What it does can be at most 199 characters long.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Amira\u0000Haddad", "bell\u0007", "right\u202Eto left", "form\ffeed", "next\u0085line",
			"vertical\u000Btab", "escape\u001B[31m" })
	void multiLineTextRefusesOtherControlCharacters(String text) {
		assertThatThrownBy(() -> PlainText.optionalMultiLine("work", "what it does", text, 200))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("What it does contains invisible control characters. Retype it.")
			.extracting(e -> ((InvalidInput) e).field()).isEqualTo("work");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Risk score > 20 since March", "line one\n<b>line two</b>", "a\n> quoted" })
	void multiLineTextKeepsAngleBracketsAsOrdinaryCharacters(String text) {
		assertThat(PlainText.optionalMultiLine("work", "what it does", text, 200)).isEqualTo(text);
	}

	@Test
	void blankMultiLineTextIsAbsent() {
		assertThat(PlainText.optionalMultiLine("work", "what it does", " \r\n\t\n ", 200)).isNull();
		assertThat(PlainText.optionalMultiLine("work", "what it does", null, 200)).isNull();
	}
}
