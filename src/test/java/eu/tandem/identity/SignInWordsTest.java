package eu.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

/** What the sign-in pages say when they refuse: the same words for any wrong name or password, a pause to the second. */
class SignInWordsTest {

	static final Instant PAUSED_UNTIL = Instant.parse("2026-12-03T13:05:03Z");

	@AfterEach
	void forgetTheReader() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aWrongNameOrPasswordIsOneRefusal() {
		assertThat(English.of(new PasswordStepHandlers.SignInRefusal(null).words()))
			.isEqualTo("The username or password is not right. Check both and try again.");
	}

	@Test
	void aPauseIsShownToTheSecondInTheReadersLanguageAndTimeZone() {
		reading(Locale.GERMANY, "Europe/Berlin");
		assertThat(PasswordStepHandlers.clockTime(PAUSED_UNTIL)).isEqualTo("14:05:03");

		reading(Locale.UK, "Europe/London");
		assertThat(English.of(new PasswordStepHandlers.SignInRefusal(PAUSED_UNTIL).words()))
			.startsWith("Too many attempts: sign-in for this username is paused until 13:05:03.");
	}

	private static void reading(Locale locale, String zone) {
		LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(locale, TimeZone.getTimeZone(zone)));
	}
}
