package eu.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

class ContactTextTest {

	static final MessageSourceResolvable EMAIL = new DefaultMessageSourceResolvable("agency.email");
	static final MessageSourceResolvable PHONE = new DefaultMessageSourceResolvable("agency.phone");

	@Test
	void keepsAnEmailAddressAndAPhoneNumberAsTypedAndTurnsBlankIntoNull() {
		assertThat(ContactText.email("email", EMAIL, " praevention@augsburg.example ")).isEqualTo("praevention@augsburg.example");
		assertThat(ContactText.phone("phone", PHONE, "+49 (821) 324-0")).isEqualTo("+49 (821) 324-0");
		assertThat(ContactText.email("email", EMAIL, "  ")).isNull();
		assertThat(ContactText.phone("phone", PHONE, null)).isNull();
	}

	@Test
	void refusesWhatIsNotAnEmailAddress() {
		assertThatThrownBy(() -> ContactText.email("contactEmail", EMAIL, "prevention at agency"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> {
				assertThat(refused.field()).isEqualTo("contactEmail");
				assertThat(refused.getCodes()).containsExactly("kernel.contact.email");
				assertThat(refused.getArguments()).isEmpty();
			});
	}

	@Test
	void refusesAPhoneNumberWithLetters() {
		assertThatThrownBy(() -> ContactText.phone("contactPhone", PHONE, "call Amira"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> {
				assertThat(refused.field()).isEqualTo("contactPhone");
				assertThat(refused.getCodes()).containsExactly("kernel.contact.phone");
			});
	}

	@Test
	void refusesOverLongAndInvisibleCharactersNamingTheFieldByItsLabel() {
		assertThatThrownBy(() -> ContactText.email("email", EMAIL, "a".repeat(250) + "@b.example"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> {
				assertThat(refused.getCodes()).containsExactly("kernel.text.tooLong");
				assertThat(refused.getArguments()).containsExactly(EMAIL, 254);
			});
		assertThatThrownBy(() -> ContactText.phone("phone", PHONE, "0821\u200B324"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> {
				assertThat(refused.getCodes()).containsExactly("kernel.text.controlCharacters");
				assertThat(refused.getArguments()).containsExactly(PHONE);
			});
	}
}
