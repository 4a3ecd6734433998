package eu.tandem.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;

import eu.tandem.person.matching.Reason;
import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * The person module's words on the referral form and in triage (it has no screens of its own, so they are in the
 * referral bundle): every constant's key exists in English, and the matcher's reasons read there as the matcher
 * writes them.
 */
class PersonWordsTest {

	final java.util.Properties english = MessageBundles.texts("i18n/referral", Language.ENGLISH);

	@Test
	void everySexKindOfNameAndPartOfANameHasEnglishWords() {
		assertThat(Arrays.stream(Sex.values())).allSatisfy(sex ->
				assertThat(english.getProperty("person.sex." + sex.name())).as(sex.name()).isNotBlank());
		assertThat(Arrays.stream(PersonName.Kind.values())).allSatisfy(kind -> {
			assertThat(english.getProperty("person.name.kind." + kind.name())).as(kind.name()).isNotBlank();
			assertThat(english.getProperty("person.namePart." + kind.name() + ".givenNames")).as(kind.name()).isNotBlank();
			assertThat(english.getProperty("person.namePart." + kind.name() + ".surname")).as(kind.name()).isNotBlank();
		});
		assertThat(IntStream.rangeClosed(1, 12)).allSatisfy(month ->
				assertThat(english.getProperty("person.month." + month)).as("month " + month).isNotBlank());
	}

	@Test
	void everyReasonOfTheMatcherReadsInEnglishAsTheMatcherWritesIt() {
		assertThat(Arrays.stream(Reason.values())).allSatisfy(reason ->
				assertThat(english.getProperty("person.match." + reason.name())).as(reason.name()).isEqualTo(reason.english()));
	}
}
