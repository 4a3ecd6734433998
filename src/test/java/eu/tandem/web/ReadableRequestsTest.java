package eu.tandem.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReadableRequestsTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "q=trauma", "q=score+%3E+20", "q=%3Cb%3E%26", "q=a%09b%0D%0Ac", "q=caf%C3%A9",
			"q=%D0%9A%D0%BE%D0%B2%D0%B0%D0%BB%D0%B5%D0%BD%D0%BA%D0%BE", "q=%F0%9F%98%80", "hub=1&type=&page=2", "q=%e2%80%99" })
	void anAddressOfTextInAnyScriptReads(String query) {
		assertThat(ReadableRequests.inAddress(query)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"q=trauma%00x | a NUL character",
			"q%00=trauma | a NUL character",
			"q=a%1Bb | a control character",
			"q=a%01b | a control character",
			"q=caf%C3%28 | bytes that are not UTF-8",
			"q=%FF | bytes that are not UTF-8",
			"q=%C3 | bytes that are not UTF-8",
			"q=%ED%A0%80 | bytes that are not UTF-8",
			"q=%C0%AF | bytes that are not UTF-8",
			"q=trauma%G1 | a broken %-escape",
			"q=trauma% | a broken %-escape",
			"q=trauma%4 | a broken %-escape",
			"q=%\u0663\u0663 | a broken %-escape" })
	void anAddressThatCannotBeReadSaysWhy(String query, String problem) {
		assertThat(ReadableRequests.inAddress(query)).contains(problem);
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=caf\u00c3\u00a9", "q=caf\u00ff" })
	void bytesSentUnescapedAreReadAsTheyCame(String query) {
		assertThat(ReadableRequests.inAddress(query).isEmpty()).isEqualTo(query.endsWith("\u00a9"));
	}
}
