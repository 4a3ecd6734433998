package eu.tandem.sharing;

import eu.tandem.agency.Sector;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.SharingPurpose;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The words of other modules' constants inside this module's sentences, by the keys their bundles give them
 * ({@code hub.category.phrase.HEALTH}: "health data"), to be written in the reader's language with the sentence.
 */
final class ConstantWords {

	private ConstantWords() {
	}

	/** "Health", as a name in a list or a field. */
	static MessageSourceResolvable category(DataCategory category) {
		return key("hub.category." + category.name());
	}

	/** "health data", inside a sentence. */
	static MessageSourceResolvable categoryInWords(DataCategory category) {
		return key("hub.category.phrase." + category.name());
	}

	/** "planning and delivering support". */
	static MessageSourceResolvable purpose(SharingPurpose purpose) {
		return key("hub.purpose." + purpose.name());
	}

	/** "mental health care", inside a sentence. */
	static MessageSourceResolvable sectorInWords(Sector sector) {
		return key("agency.sector.phrase." + sector.name());
	}

	private static MessageSourceResolvable key(String key) {
		return new DefaultMessageSourceResolvable(key);
	}
}
