package eu.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Every choice the referral screens show has its words in the bundle, under the key the templates build from the
 * constant's name; the bundle test then guarantees every language.
 */
class ReferralWordsTest {

	final java.util.Properties english = MessageBundles.texts("i18n/referral", Language.ENGLISH);

	@Test
	void everyConstantTheReferralScreensShowHasEnglishWords() {
		var keys = Stream.of(
				keys("referral.channel.", Concern.Channel.values()),
				keys("referral.type.", Concern.Type.values()),
				keys("referral.vulnerability.", Concern.Vulnerability.values()),
				keys("referral.awareness.", Concern.Awareness.values()),
				keys("referral.consent.", Concern.Consent.values()),
				keys("referral.urgency.", Concern.Urgency.values()),
				keys("referral.status.", ReferralStatus.values()),
				keys("referral.decision.", Referral.Decision.values()),
				keys("referral.answer.", Referral.Deconfliction.Answer.values()))
			.flatMap(List::stream).toList();

		assertThat(keys).allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
	}

	static List<String> keys(String prefix, Enum<?>[] constants) {
		return Arrays.stream(constants).map(constant -> prefix + constant.name()).toList();
	}
}
