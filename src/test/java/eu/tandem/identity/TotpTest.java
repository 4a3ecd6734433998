package eu.tandem.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	/** RFC 6238 appendix B: the SHA-1 seed "12345678901234567890". */
	static final TotpSecret RFC_SECRET = new TotpSecret(
			new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII)));

	static Totp at(String instant) {
		return new Totp(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
	}

	@Test
	void matchesTheRfc6238TestVectors() {
		// the RFC's 8-digit values, of which authenticator apps show the last six
		assertThat(at("1970-01-01T00:00:59Z").codeFor(RFC_SECRET, 59 / 30)).isEqualTo("287082");
		assertThat(at("2005-03-18T01:58:29Z").codeFor(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
		assertThat(at("2009-02-13T23:31:30Z").codeFor(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
		assertThat(at("2033-05-18T03:33:20Z").codeFor(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
	}

	@Test
	void acceptsTheCurrentCodeAndOneStepOfDriftEitherWay() {
		var totp = at("2009-02-13T23:31:30Z");
		var step = 1234567890L / 30;

		assertThat(totp.matchingStep(RFC_SECRET, totp.codeFor(RFC_SECRET, step))).hasValue(step);
		assertThat(totp.matchingStep(RFC_SECRET, totp.codeFor(RFC_SECRET, step - 1))).hasValue(step - 1);
		assertThat(totp.matchingStep(RFC_SECRET, totp.codeFor(RFC_SECRET, step + 1))).hasValue(step + 1);
		assertThat(totp.matchingStep(RFC_SECRET, totp.codeFor(RFC_SECRET, step - 2))).isEmpty();
		assertThat(totp.matchingStep(RFC_SECRET, totp.codeFor(RFC_SECRET, step + 2))).isEmpty();
	}

	@Test
	void toleratesSpacesButNothingElse() {
		var totp = at("2009-02-13T23:31:30Z");
		assertThat(totp.matchingStep(RFC_SECRET, "005 924")).isPresent();
		assertThat(totp.matchingStep(RFC_SECRET, "5924")).isEmpty();
		assertThat(totp.matchingStep(RFC_SECRET, "00592a")).isEmpty();
		assertThat(totp.matchingStep(RFC_SECRET, null)).isEmpty();
	}

	@Test
	void provisioningUriNamesIssuerAccountAndParameters() {
		assertThat(Totp.provisioningUri("Tandem", "amira.haddad", RFC_SECRET))
			.isEqualTo("otpauth://totp/Tandem:amira.haddad?secret=" + RFC_SECRET.base32()
					+ "&issuer=Tandem&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void generatedSecretsHave160BitsAndDiffer() {
		var one = TotpSecret.generate();
		assertThat(one.bytes()).hasSize(20);
		assertThat(one).isNotEqualTo(TotpSecret.generate());
		assertThat(one.toString()).doesNotContain(one.base32());
	}
}
