package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import eu.tandem.web.Words;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every constant the hub's screens name has its words in the bundle (a purpose as its label() says it in English), so
 * that the other modules' screens can name them by key too; and the pieces sentences are made of read as a sentence
 * does.
 */
class HubWordsTest {

	final Properties english = MessageBundles.texts("i18n/hub", Language.ENGLISH);

	@Test
	void everyCategoryPurposeBasisLevelAndRoleHasItsWordsInEnglish() {
		assertThat(Arrays.stream(DataCategory.values())).allSatisfy(category -> {
			assertThat(english.getProperty("hub.category." + category.name())).isNotBlank();
			assertThat(english.getProperty("hub.category.phrase." + category.name())).isNotBlank();
			assertThat(english.getProperty("hub.category.opening." + category.name())).isNotBlank();
			assertThat(english.getProperty("hub.picture.arrow." + category.name())).isNotBlank();
		});
		assertThat(Arrays.stream(SharingPurpose.values()))
			.allSatisfy(purpose -> assertThat(english.getProperty("hub.purpose." + purpose.name())).isEqualTo(purpose.label()));
		assertThat(Arrays.stream(Art6Basis.values()))
			.allSatisfy(basis -> assertThat(english.getProperty("hub.art6." + basis.name())).isNotBlank());
		assertThat(Arrays.stream(Art9Condition.values()))
			.allSatisfy(condition -> assertThat(english.getProperty("hub.art9." + condition.name())).isNotBlank());
		assertThat(Arrays.stream(HubLevel.values())).allSatisfy(level -> {
			assertThat(english.getProperty("hub.level." + level.name())).isNotBlank();
			assertThat(english.getProperty("hub.level.hub." + level.name())).isNotBlank();
			assertThat(english.getProperty("hub.level.public." + level.name())).isNotBlank();
		});
		assertThat(Arrays.stream(HubRole.values())).allSatisfy(role -> {
			assertThat(english.getProperty("hub.role." + role.name())).isNotBlank();
			assertThat(english.getProperty("hub.role.phrase." + role.name())).isNotBlank();
		});
	}

	@Test
	void namesAreListedAsASentenceListsThem() {
		assertThat(HubWords.inEnglish(Words.of("hub.notice.signed", HubWords.listed(List.of("A"))))).isEqualTo("Signed for A.");
		assertThat(HubWords.inEnglish(Words.of("hub.notice.signed", HubWords.listed(List.of("A", "B"))))).isEqualTo("Signed for A and B.");
		assertThat(HubWords.inEnglish(Words.of("hub.notice.signed", HubWords.listed(List.of("A", "B", "C")))))
			.isEqualTo("Signed for A, B and C.");
	}

	@Test
	void aDayIsWrittenAsTheReadersLanguageWritesIt() {
		var expired = Words.of("hub.agreement.expired", "Covenant", HubWords.day(LocalDate.of(2026, 3, 1)));
		assertThat(HubWords.inEnglish(expired)).isEqualTo("“Covenant” expired on 1 March 2026.");
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/hub", "i18n/agency");
		messages.setDefaultEncoding("UTF-8");
		assertThat(messages.getMessage(expired, Language.GERMAN.locale())).isEqualTo("„Covenant“ ist am 1. März 2026 ausgelaufen.");
		assertThat(messages.getMessage(expired, Language.DANISH.locale())).isEqualTo("»Covenant« udløb den 1. marts 2026.");
	}
}
