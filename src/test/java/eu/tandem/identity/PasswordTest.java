package eu.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.tandem.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordTest {

	final Username owner = new Username("amira.haddad");

	@Test
	void rejectsFewerThanTwelveCharacters() {
		assertThatThrownBy(() -> Password.of("password", "elevenchars", owner))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(English.of((InvalidInput) refused)).contains("at least 12"));
	}

	@Test
	void acceptsTwelveCharactersWithoutAnyCompositionRule() {
		assertThat(Password.of("password", "aaaaaaaaaaaa", owner)).isNotNull();
		assertThat(Password.of("password", "correct horse battery staple", owner)).isNotNull();
	}

	@Test
	void acceptsAtLeastSixtyFourCharactersAndRefusesBeyondTheMaximum() {
		assertThat(Password.of("password", "x".repeat(64), owner)).isNotNull();
		assertThat(Password.of("password", "x".repeat(Password.MAX_LENGTH), owner)).isNotNull();
		assertThatThrownBy(() -> Password.of("password", "x".repeat(Password.MAX_LENGTH + 1), owner))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(English.of((InvalidInput) refused)).contains("at most " + Password.MAX_LENGTH));
	}

	@Test
	void countsCharactersNotBytes() {
		// twelve characters, each outside the Basic Multilingual Plane
		assertThat(Password.of("password", "😀".repeat(12), owner)).isNotNull();
		assertThatThrownBy(() -> Password.of("password", "😀".repeat(11), owner)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void refusesTheUsernameAsPassword() {
		var longName = new Username("oleksandr.kovalenko");
		assertThatThrownBy(() -> Password.of("password", "Oleksandr.Kovalenko", longName))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(English.of((InvalidInput) refused)).contains("cannot be the username"));
	}

	@Test
	void neverShowsItselfInLogs() {
		assertThat(Password.of("password", "a secret phrase", owner).toString()).doesNotContain("secret");
	}
}
