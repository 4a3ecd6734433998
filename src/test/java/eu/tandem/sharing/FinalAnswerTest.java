package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.tandem.sharing.SubjectAccessStore.Decision;
import eu.tandem.sharing.SubjectAccessStore.StoredEntry;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The answer as released: what the decisions make of a draft, and nothing more. */
class FinalAnswerTest {

	static final Instant RECORDED = Instant.parse("2026-12-02T10:23:00Z");
	static final Instant FINALISED = Instant.parse("2026-12-09T15:00:00Z");
	static final String GROUND = "GDPR Art. 23(1)(d) with § 57 BDSG";

	static final MessageSource MESSAGES = messages();

	final UUID request = UUID.randomUUID();

	final SubjectAccessReport.Entry note = entry("item-1", "an item", "Augsburg Police Prevention Unit", "item:1");
	final SubjectAccessReport.Entry observation = entry("item-2", "an item", "Augsburg Youth Welfare Office", "item:2");
	final SubjectAccessReport.Access readTheNote = access("Lukas Nowak, Augsburg Police Prevention Unit, read a note", "item:1");
	final SubjectAccessReport.Access readTheObservation = access("Oleksandr Kovalenko, read an observation", "item:2");
	final SubjectAccessReport draft = new SubjectAccessReport("Draft", "Tomasz Wójcik", "Augsburg Prevention Network", RECORDED,
			"Matthias Gruber", null, null, List.of(new SubjectAccessReport.Section("Information recorded", List.of(note, observation))),
			List.of(), List.of(readTheNote, readTheObservation), "en");

	@Test
	void aWithheldEntryIsLeftOutAndTheAnswerSaysSoWhereThePersonMayBeTold() {
		var answer = FinalAnswer.of(draft, List.of(withheld("item-1", true), included("item-2")), FINALISED, "Matthias Gruber", MESSAGES);

		assertThat(answer.sections().getFirst().entries()).extracting(SubjectAccessReport.Entry::key).containsExactly("item-2");
		assertThat(answer.withheld()).containsExactly(
				"An item recorded by Augsburg Police Prevention Unit on 2 December 2026 was withheld under " + GROUND + ".");
		assertThat(answer.status()).isEqualTo("Final");
		assertThat(answer.finalisedAt()).isEqualTo(FINALISED);
	}

	@Test
	void whereThePersonMayNotBeToldNothingHintsAtIt() {
		var answer = FinalAnswer.of(draft, List.of(withheld("item-1", false), included("item-2")), FINALISED, "Matthias Gruber", MESSAGES);

		assertThat(answer.withheld()).isEmpty();
		assertThat(answer.accessHistory()).extracting(SubjectAccessReport.Access::inWords)
			.as("the withheld note's access history goes with it").containsExactly(readTheObservation.inWords());
	}

	@Test
	void theAnswerKeepsNoIdentifiersOfTheTrail() {
		var answer = FinalAnswer.of(draft, List.of(included("item-1"), included("item-2")), FINALISED, "Matthias Gruber", MESSAGES);

		assertThat(answer.sections().getFirst().entries()).allMatch(entry -> entry.records().isEmpty());
		assertThat(answer.accessHistory()).allMatch(line -> line.record() == null).hasSize(2);
	}

	@Test
	void anEntryWithoutAGroundCannotBeFinalised() {
		assertThatThrownBy(() -> FinalAnswer.of(draft, List.of(pending("item-1"), included("item-2")), FINALISED, "Matthias Gruber", MESSAGES))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aStatementSaysWhatItKnows() {
		assertThat(FinalAnswer.statement("a check with the police", null, RECORDED, "§ 57 BDSG.", MESSAGES, Locale.UK))
			.isEqualTo("A check with the police dated 2 December 2026 was withheld under § 57 BDSG.");
		assertThat(FinalAnswer.statement("an item", "Augsburg Probation Service", null, "Art. 23", MESSAGES, Locale.UK))
			.isEqualTo("An item recorded by Augsburg Probation Service was withheld under Art. 23.");
	}

	@Test
	void theAnswerIsWrittenInTheLanguageItWasCompiledIn() {
		var german = new SubjectAccessReport("Draft", "Tomasz Wójcik", "Augsburger Präventionsnetzwerk", RECORDED, "Matthias Gruber", null,
				null, List.of(new SubjectAccessReport.Section("In den Fällen erfasste Informationen", List.of(entry("item-1", "ein Eintrag",
						"Polizeipräsidium Schwaben Nord", "item:1")))), List.of(), List.of(), "de");

		var answer = FinalAnswer.of(german, List.of(withheld("item-1", true)), FINALISED, "Matthias Gruber", MESSAGES);

		assertThat(answer.language()).isEqualTo("de");
		assertThat(answer.withheld()).singleElement().asString().startsWith("Ein Eintrag").contains("2. Dezember 2026", GROUND);
	}

	private SubjectAccessReport.Entry entry(String key, String kind, String agency, String record) {
		return new SubjectAccessReport.Entry(key, "Note", kind, RECORDED, "Someone", agency, "Security",
				List.of(new SubjectAccessReport.Field("Text", "Text of " + key)), List.of(), List.of(record));
	}

	private static SubjectAccessReport.Access access(String words, String record) {
		return new SubjectAccessReport.Access(RECORDED, RECORDED, 1, "Someone", null, "read", "Done", null, "Reading and listing", words,
				record);
	}

	static MessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/sharing");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private StoredEntry withheld(String key, boolean tell) {
		return new StoredEntry(request, key, "sharing", 0, "Note", "an item", RECORDED, null, null, null, true, Decision.WITHHELD, GROUND,
				tell, null, null, SubjectAccessRules.Decider.HUB_OFFICER, 1);
	}

	private StoredEntry included(String key) {
		return new StoredEntry(request, key, "sharing", 1, "Note", "an item", RECORDED, null, null, null, false, Decision.INCLUDED, null,
				null, null, null, null, 0);
	}

	private StoredEntry pending(String key) {
		return new StoredEntry(request, key, "sharing", 0, "Note", "an item", RECORDED, null, null, null, true, Decision.PENDING, null,
				null, null, null, null, 0);
	}
}
