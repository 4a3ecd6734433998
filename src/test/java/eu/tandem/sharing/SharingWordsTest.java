package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import eu.tandem.audit.ActionWords;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.casework.EmergencyAccess;
import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Every constant the module's screens and answers name by key has its words in English, and so, by the bundle check,
 * in every language: a constant added later without words fails here rather than as a raw key on a screen.
 */
class SharingWordsTest {

	final java.util.Properties english = MessageBundles.texts("i18n/sharing", Language.ENGLISH);

	@Test
	void everyConstantTheScreensNameHasEnglishWords() {
		var keys = new ArrayList<String>();
		keys(keys, "sharing.kind.", ItemKind.values());
		keys(keys, "sharing.held.record.", ItemKind.values());
		keys(keys, "sharing.ground.", Disclosure.Ground.values());
		keys(keys, "sharing.decision.", Consent.Decision.values());
		keys(keys, "sharing.held.consent.title.", Consent.Decision.values());
		keys(keys, "sharing.decidedby.", Consent.DecidedBy.values());
		keys(keys, "sharing.obtained.", Consent.Obtained.values());
		keys(keys, "sharing.history.kind.", ActionWords.Kind.values());
		keys(keys, "sharing.history.outcome.", AuditOutcome.values());
		// a notice tells a recording agency of a second step; a grant on the whole case tells none
		var noticed = EmergencyAccess.Scope.steps().toArray(EmergencyAccess.Scope[]::new);
		keys(keys, "sharing.emergency.what.", noticed);
		keys(keys, "sharing.emergency.scope.", noticed);
		for (var decision : Consent.Decision.values()) {
			keys(keys, "sharing.consent.heading." + decision.name() + ".", Consent.DecidedBy.values());
		}
		assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
	}

	private static void keys(List<String> keys, String prefix, Enum<?>[] constants) {
		for (var constant : constants) {
			keys.add(prefix + constant.name());
		}
	}
}
