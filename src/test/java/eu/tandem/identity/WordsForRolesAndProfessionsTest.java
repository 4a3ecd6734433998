package eu.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every role and profession has its name in the identity bundle, which screens show in the reader's language; the
 * bundle test then guarantees it in every language (a missing key throws here).
 */
class WordsForRolesAndProfessionsTest {

	@Test
	void everyRoleHasItsNameInTheBundle() {
		for (var role : Role.values()) {
			assertThat(English.of("identity.role." + role.name())).as(role.name()).isNotBlank();
		}
	}

	@Test
	void everyProfessionHasItsNameInTheBundle() {
		for (var profession : Profession.values()) {
			assertThat(English.of("identity.profession." + profession.name())).as(profession.name()).isNotBlank();
		}
	}
}
