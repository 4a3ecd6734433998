package eu.tandem.hub;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import eu.tandem.agency.Sector;
import eu.tandem.kernel.InEnglish;
import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;

/**
 * The pieces the hub module's sentences are made of, as bundle keys with arguments that a screen writes in the reader's
 * language: the names of sectors, categories and purposes that more than one sentence uses, lists ("A, B and C"), sentences in a row, and days. A day is
 * handed over as a {@link Date} for the texts' {@code {0,date,long}}, which writes it as the reader's language writes
 * dates ("3 December 2026", "3. Dezember 2026"): the text knows the language, the sentence does not yet.
 */
final class HubWords {

	/** The English bundles these words come from, for what stays in English (a disclosure's citation, a log). */
	private static final InEnglish ENGLISH = InEnglish.from("i18n/hub", "i18n/agency");

	private HubWords() {
	}

	static MessageSourceResolvable sector(Sector sector) {
		return Words.of("agency.sector." + sector.name());
	}

	/** As the sector reads inside a sentence: "from police to mental health care". */
	static MessageSourceResolvable sectorInWords(Sector sector) {
		return Words.of("agency.sector.phrase." + sector.name());
	}

	/** "health data", inside a sentence. */
	static MessageSourceResolvable categoryInWords(DataCategory category) {
		return Words.of("hub.category.phrase." + category.name());
	}

	/** "joint assessment of a referral". */
	static MessageSourceResolvable purpose(SharingPurpose purpose) {
		return Words.of("hub.purpose." + purpose.name());
	}

	/** "A", "A and B", "A, B and C": names, or words of their own. */
	static Object listed(List<?> items) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("nothing to list");
		}
		if (items.size() == 1) {
			return items.getFirst();
		}
		if (items.size() == 2) {
			return Words.of("hub.words.pair", items.get(0), items.get(1));
		}
		return Words.of("hub.words.more", items.getFirst(), listed(items.subList(1, items.size())));
	}

	/** Sentences one after the other. */
	static MessageSourceResolvable sentences(List<? extends MessageSourceResolvable> sentences) {
		if (sentences.isEmpty()) {
			throw new IllegalArgumentException("nothing to say");
		}
		return sentences.size() == 1 ? sentences.getFirst()
				: Words.of("hub.words.sentences", sentences.getFirst(), sentences(sentences.subList(1, sentences.size())));
	}

	/**
	 * A day for a text's {@code {n,date,long}}. MessageFormat writes a {@link Date} in the JVM's default zone, so the
	 * day begins in that zone: it is the same day, whatever the zone.
	 */
	static Date day(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	/** The words in English. */
	static String inEnglish(MessageSourceResolvable words) {
		return ENGLISH.of(words);
	}
}
