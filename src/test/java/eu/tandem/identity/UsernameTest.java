package eu.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.tandem.kernel.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

	@Test
	void isCaseInsensitive() {
		assertThat(new Username("  Amira.Haddad ")).isEqualTo(new Username("amira.haddad"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ab", "1abc", "amira haddad", "<script>", "amira\u0000haddad", "émile" })
	void refusesWhatIsNotAUsername(String text) {
		assertThatThrownBy(() -> new Username(text)).isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).field()).isEqualTo("username");
	}

	@Test
	void refusesOverLongNames() {
		assertThat(new Username("a".repeat(64)).value()).hasSize(64);
		assertThatThrownBy(() -> new Username("a".repeat(65))).isInstanceOf(InvalidInput.class);
	}
}
