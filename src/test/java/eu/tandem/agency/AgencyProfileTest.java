package eu.tandem.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import eu.tandem.identity.Profession;
import eu.tandem.kernel.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyProfileTest {

	static final ContactPoint DESK = new ContactPoint("Prevention desk", "desk@agency.example", null, "Mon–Fri 9–16");

	@Test
	void aNewAgencyHasAnEmptyProfileThatKeepsStaffNamesOffPublicPages() {
		var empty = AgencyProfile.empty();
		assertThat(empty.isDescribed()).isFalse();
		assertThat(empty.publishesStaffNames()).isFalse();
		assertThat(empty.contactPoints()).isEmpty();
		assertThat(empty.professions()).isEmpty();
	}

	@Test
	void blankTextsBecomeAbsentAndParagraphsKeepTheirLineBreaks() {
		var profile = new AgencyProfile(" ", "We listen.\r\n\r\nWe refer.", "", List.of(), Set.of(), false);
		assertThat(profile.jurisdiction()).isNull();
		assertThat(profile.preventionWork()).isEqualTo("We listen.\n\nWe refer.");
		assertThat(profile.responsibilities()).isNull();
		assertThat(profile.isDescribed()).isTrue();
	}

	@Test
	void jurisdictionIsOneLine() {
		assertThatThrownBy(() -> AgencyProfile.jurisdiction("City of Augsburg\nand beyond")).isInstanceOfSatisfying(InvalidInput.class,
				refused -> {
					assertThat(InEnglish.of(refused)).isEqualTo("“Jurisdiction” contains invisible control characters. Retype it.");
					assertThat(refused.field()).isEqualTo("jurisdiction");
				});
	}

	@Test
	void preventionWorkAndResponsibilitiesFitIn2000Characters() {
		assertThat(AgencyProfile.preventionWork("w".repeat(2000))).hasSize(2000);
		assertThatThrownBy(() -> AgencyProfile.preventionWork("w".repeat(2001))).isInstanceOfSatisfying(InvalidInput.class,
				refused -> assertThat(InEnglish.of(refused))
					.isEqualTo("“What it does in prevention work” can be at most 2,000 characters long."));
		assertThatThrownBy(() -> AgencyProfile.responsibilities("r".repeat(2001))).isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).field()).isEqualTo("responsibilities");
	}

	@ParameterizedTest
	@ValueSource(strings = { "We help\u0007", "We help\u0000", "We help\u202E" })
	void refusesInvisibleCharactersInTheTexts(String text) {
		assertThatThrownBy(() -> AgencyProfile.preventionWork(text)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> AgencyProfile.responsibilities(text)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> AgencyProfile.jurisdiction(text)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void listsAtMostTenContactPoints() {
		var ten = Collections.nCopies(10, DESK);
		assertThat(new AgencyProfile(null, null, null, ten, Set.of(), false).contactPoints()).hasSize(10);

		var eleven = Collections.nCopies(11, DESK);
		assertThatThrownBy(() -> new AgencyProfile(null, null, null, eleven, Set.of(), false))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> {
				assertThat(InEnglish.of(refused))
					.isEqualTo("An agency lists at most 10 contact points; there are 11. Remove the ones people need least.");
				assertThat(refused.field()).isEqualTo("contactPoints");
			});
	}

	@Test
	void professionsAreListedInOneOrderAndCannotBeChangedAfterwards() {
		var profile = new AgencyProfile(null, null, null, List.of(),
				Set.of(Profession.PSYCHIATRIC_NURSE, Profession.PSYCHIATRIST), false);
		assertThat(profile.professions()).containsExactly(Profession.PSYCHIATRIST, Profession.PSYCHIATRIC_NURSE);
		assertThat(profile.brings(Profession.PSYCHIATRIST)).isTrue();
		assertThat(profile.brings(Profession.POLICE_OFFICER)).isFalse();
		assertThatThrownBy(() -> profile.professions().add(Profession.TEACHER))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void aContactPointNeedsANameAndAWayToReachIt() {
		assertThatThrownBy(() -> new ContactPoint(" ", "desk@agency.example", null, null)).isInstanceOfSatisfying(InvalidInput.class,
				refused -> {
					assertThat(InEnglish.of(refused)).isEqualTo("Enter “Name”.");
					assertThat(refused.field()).isEqualTo("label");
				});
		assertThatThrownBy(() -> new ContactPoint("Prevention desk", "", " ", "Mon–Fri 9–16"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> {
				assertThat(InEnglish.of(refused)).startsWith("Give an e-mail address or a phone number");
				assertThat(refused.field()).isEqualTo("email");
			});
		assertThat(new ContactPoint("Duty officer", null, "+49 821 555 0111", null).email()).isNull();
	}

	@Test
	void refusesMalformedContactPointAddresses() {
		assertThatThrownBy(() -> new ContactPoint("Desk", "desk at agency", null, null)).isInstanceOfSatisfying(InvalidInput.class,
				refused -> {
					assertThat(InEnglish.of(refused)).isEqualTo("Enter an e-mail address like prevention@agency.example.");
					assertThat(refused.field()).isEqualTo("email");
				});
		assertThatThrownBy(() -> new ContactPoint("Desk", null, "call us", null)).isInstanceOfSatisfying(InvalidInput.class,
				refused -> {
					assertThat(InEnglish.of(refused)).isEqualTo("Enter a phone number with digits, spaces and an optional leading +.");
					assertThat(refused.field()).isEqualTo("phone");
				});
		assertThatThrownBy(() -> new ContactPoint("Desk", "a@b.example", null, "h".repeat(201)))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).field()).isEqualTo("openingHours");
		assertThatThrownBy(() -> new ContactPoint("D".repeat(101), "a@b.example", null, null))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(InEnglish.of(refused)).isEqualTo("“Name” can be at most 100 characters long."));
	}
}
