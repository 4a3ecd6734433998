package eu.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

class PlainTextTest {

	static final MessageSourceResolvable NAME = new DefaultMessageSourceResolvable("agency.name");
	static final MessageSourceResolvable WORK = new DefaultMessageSourceResolvable("agency.show.preventionWork");

	/** The refusal is the kernel's sentence {@code key}, naming the field by its label, with these further arguments. */
	static ThrowingConsumer<Throwable> refuses(String field, String key, MessageSourceResolvable label, Object... more) {
		return refused -> {
			var invalid = (InvalidInput) refused;
			assertThat(invalid.field()).isEqualTo(field);
			assertThat(invalid.getCodes()).containsExactly(key);
			var arguments = new Object[more.length + 1];
			arguments[0] = label;
			System.arraycopy(more, 0, arguments, 1, more.length);
			assertThat(invalid.getArguments()).containsExactly(arguments);
			assertThat(invalid.getDefaultMessage()).as("no English words behind the key").isNull();
		};
	}

	@Test
	void keepsNamesFromAcrossEuropeAsTyped() {
		for (var name : new String[] { "Ayşe Demir", "Niamh O'Brien", "José García López", "Mette Sørensen",
				"Олександр Коваленко", "Ελένη Παπαδοπούλου", "محمد العمري", "Jean-Luc van der Berg" }) {
			assertThat(PlainText.required("name", NAME, "  " + name + " ", 200)).isEqualTo(name);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "Amira\u0000Haddad", "Amira\u0007", "Amira\u202EHaddad", "line\nbreak", "tab\there" })
	void refusesControlCharacters(String text) {
		assertThatThrownBy(() -> PlainText.required("name", NAME, text, 200))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refuses("name", "kernel.text.controlCharacters", NAME));
	}

	@ParameterizedTest
	@ValueSource(strings = { "score > 20", "a < b & c", "<script>alert(1)</script>" })
	void keepsAngleBracketsAsOrdinaryCharacters(String text) {
		assertThat(PlainText.required("name", NAME, text, 200)).isEqualTo(text);
	}

	@Test
	void refusesOverLongTextCountingCharacters() {
		assertThat(PlainText.required("name", NAME, "ø".repeat(200), 200)).hasSize(200);
		assertThatThrownBy(() -> PlainText.required("name", NAME, "ø".repeat(201), 200))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refuses("name", "kernel.text.tooLong", NAME, 200));
	}

	@Test
	void requiredRefusesBlankAndOptionalTurnsItIntoNull() {
		assertThatThrownBy(() -> PlainText.required("name", NAME, "   ", 200)).satisfies(refuses("name", "kernel.text.missing", NAME));
		assertThatThrownBy(() -> PlainText.required("name", NAME, null, 200)).satisfies(refuses("name", "kernel.text.missing", NAME));
		assertThat(PlainText.optional("region", NAME, "   ", 200)).isNull();
	}

	@Test
	void multiLineTextKeepsItsLineBreaksAndTabsAndStoresBrowserLineBreaksAsNewlines() {
		assertThat(PlainText.optionalMultiLine("work", WORK, "  First line\r\n\r\n\tSecond line\rThird \n", 200))
			.isEqualTo("First line\n\n\tSecond line\nThird");
	}

	@Test
	void multiLineTextCountsALineBreakAsOneCharacter() {
		var text = "a\r\n".repeat(99) + "a";
		assertThat(PlainText.optionalMultiLine("work", WORK, text, 199)).hasSize(199);
		assertThatThrownBy(() -> PlainText.optionalMultiLine("work", WORK, text + "a", 199))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refuses("work", "kernel.text.tooLong", WORK, 199));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Amira\u0000Haddad", "bell\u0007", "right\u202Eto left", "form\ffeed", "next\u0085line",
			"vertical\u000Btab", "escape\u001B[31m" })
	void multiLineTextRefusesOtherControlCharacters(String text) {
		assertThatThrownBy(() -> PlainText.optionalMultiLine("work", WORK, text, 200))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refuses("work", "kernel.text.controlCharacters", WORK));
	}

	@Test
	void requiredMultiLineTextRefusesBlankLines() {
		assertThatThrownBy(() -> PlainText.requiredMultiLine("work", WORK, " \r\n\t\n ", 200))
			.satisfies(refuses("work", "kernel.text.missing", WORK));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Risk score > 20 since March", "line one\n<b>line two</b>", "a\n> quoted" })
	void multiLineTextKeepsAngleBracketsAsOrdinaryCharacters(String text) {
		assertThat(PlainText.optionalMultiLine("work", WORK, text, 200)).isEqualTo(text);
	}

	@Test
	void blankMultiLineTextIsAbsent() {
		assertThat(PlainText.optionalMultiLine("work", WORK, " \r\n\t\n ", 200)).isNull();
		assertThat(PlainText.optionalMultiLine("work", WORK, null, 200)).isNull();
	}

	@Test
	void aRefusalReadsInTheReadersLanguageWithTheFieldsLabelQuotedAsTheLanguageQuotes() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/kernel", "i18n/agency");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		var missing = catchRefusal(() -> PlainText.required("name", NAME, " ", 200));
		var tooLong = catchRefusal(() -> PlainText.optionalMultiLine("work", WORK, "w".repeat(2001), 2000));

		assertThat(messages.getMessage(missing, Locale.UK)).isEqualTo("Enter “Name”.");
		assertThat(messages.getMessage(missing, Locale.GERMAN)).isEqualTo("Füllen Sie das Feld „Name“ aus.");
		assertThat(messages.getMessage(missing, Locale.of("da"))).isEqualTo("Udfyld feltet »Navn«.");
		assertThat(messages.getMessage(missing, Locale.FRENCH)).isEqualTo("Renseignez le champ «\u00a0Nom\u00a0».");
		assertThat(messages.getMessage(missing, Locale.of("nl"))).isEqualTo("Vul het veld ‘Naam’ in.");
		assertThat(messages.getMessage(tooLong, Locale.UK)).isEqualTo("“What it does in prevention work” can be at most 2,000 characters long.");
		assertThat(messages.getMessage(tooLong, Locale.GERMAN))
			.isEqualTo("„Ihre Arbeit in der Prävention“ darf höchstens 2.000 Zeichen lang sein.");
	}

	private static InvalidInput catchRefusal(Runnable typed) {
		try {
			typed.run();
		}
		catch (InvalidInput refused) {
			return refused;
		}
		throw new AssertionError("not refused");
	}
}
