package eu.tandem.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import eu.tandem.knowledge.ItemContent.DatePrecision;
import eu.tandem.knowledge.ItemContent.MeetingKind;
import eu.tandem.knowledge.ItemContent.QuestionStatus;
import eu.tandem.knowledge.ItemContent.Scope;
import eu.tandem.knowledge.ItemVersion.Status;
import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Screens name the library's constants by bundle key ({@code knowledge.type.LESSON}), so every constant has its words
 * in English (the bundle check then asks every other language for them), and a meeting's date is written as the
 * reader's language writes it.
 */
class KnowledgeWordsTest {

	@Test
	void everyConstantAScreenNamesHasItsWordsInEnglish() {
		var english = MessageBundles.texts("i18n/knowledge", Language.ENGLISH);
		var keys = new ArrayList<String>();
		for (var type : ItemType.values()) {
			keys.add("knowledge.type." + type.name());
			keys.add("knowledge.types." + type.name());
			if (type != ItemType.THEME && type != ItemType.SUBTHEME) {
				keys.add("knowledge.form.new." + type.name());
				keys.add("knowledge.curation.add." + type.name());
			}
		}
		keys.addAll(named("knowledge.status.", Status.values()));
		keys.addAll(named("knowledge.question.", QuestionStatus.values()));
		keys.addAll(named("knowledge.scope.", Scope.values()));
		keys.addAll(named("knowledge.kind.", MeetingKind.values()));
		keys.addAll(named("knowledge.form.datePrecision.", DatePrecision.values()));
		keys.addAll(named("knowledge.attribute.", CaseAttribute.values()));

		assertThat(keys).allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void aMeetingsDateIsWrittenAsTheReadersLanguageWritesIt() {
		var day = meeting(LocalDate.of(2019, 6, 3), null, DatePrecision.DAY);
		var twoDays = meeting(LocalDate.of(2018, 4, 10), LocalDate.of(2018, 4, 11), DatePrecision.DAY);
		var acrossMonths = meeting(LocalDate.of(2018, 4, 30), LocalDate.of(2018, 5, 2), DatePrecision.DAY);
		var acrossYears = meeting(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 1), DatePrecision.DAY);
		var month = meeting(LocalDate.of(2019, 4, 1), null, DatePrecision.MONTH);
		var year = meeting(LocalDate.of(2016, 1, 1), null, DatePrecision.YEAR);

		assertThat(inWords(Language.ENGLISH, day, twoDays, acrossMonths, acrossYears, month, year)).containsExactly("3 June 2019",
				"10–11 April 2018", "30 April – 2 May 2018", "31 December 2018 – 1 January 2019", "April 2019", "2016");
		assertThat(inWords(Language.GERMAN, day, twoDays, acrossMonths, month)).containsExactly("3. Juni 2019", "10.–11. April 2018",
				"30. April – 2. Mai 2018", "April 2019");
		assertThat(inWords(Language.DANISH, day, twoDays, month)).containsExactly("3. juni 2019", "10.–11. april 2018", "april 2019");
		assertThat(inWords(Language.FRENCH, twoDays, acrossMonths)).containsExactly("10–11 avril 2018", "30 avril – 2 mai 2018");
		assertThat(inWords(Language.DUTCH, twoDays, month)).containsExactly("10–11 april 2018", "april 2019");
		assertThat(meeting(null, null, null).dateInWords(Locale.UK)).isNull();
	}

	private static List<String> inWords(Language language, ItemContent... meetings) {
		return Arrays.stream(meetings).map(meeting -> meeting.dateInWords(language.locale())).toList();
	}

	private static ItemContent meeting(LocalDate start, LocalDate end, DatePrecision precision) {
		return new ItemContent("theme", "subtheme", null, "A meeting", null, MeetingKind.MEETING, "RAN H&SC", start, end, precision, null,
				null, null, null, null, null, List.of());
	}

	private static List<String> named(String prefix, Enum<?>[] constants) {
		return Arrays.stream(constants).map(constant -> prefix + constant.name()).toList();
	}
}
