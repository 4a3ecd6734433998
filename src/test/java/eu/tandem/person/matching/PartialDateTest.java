package eu.tandem.person.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTest {

	@Test
	void refusesThirtyFirstOfFebruaryInWordsAUserCanRead() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2001, 2, 31))
			.withMessage("There is no 31 February 2001: February 2001 has 28 days.");
	}

	@Test
	void acceptsTwentyNinthOfFebruaryOnlyInALeapYear() {
		assertThat(PartialDate.of(2004, 2, 29)).hasToString("2004-02-29");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2003, 2, 29))
			.withMessageContaining("February 2003 has 28 days");
	}

	@Test
	void refusesAMonthOrDayWithoutTheLargerParts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(null, 4, null))
			.withMessage("A date of birth with a month or day needs a year too.");
		assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(1998, null, 17))
			.withMessage("A date of birth with a day needs a month too.");
		assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(1998, 13, null))
			.withMessage("There is no month 13; months run from 1 to 12.");
	}

	@Test
	void allowsYearOnlyAndYearWithMonth() {
		assertThat(PartialDate.ofYear(1998).isComplete()).isFalse();
		assertThat(PartialDate.ofYearMonth(1998, 4)).hasToString("1998-04");
	}

	@Test
	void parsesTheThreePrecisionsAndRefusesOtherText() {
		assertThat(PartialDate.parse("1998")).isEqualTo(PartialDate.ofYear(1998));
		assertThat(PartialDate.parse("1998-04")).isEqualTo(PartialDate.ofYearMonth(1998, 4));
		assertThat(PartialDate.parse(" 1998-04-17 ")).isEqualTo(PartialDate.of(1998, 4, 17));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("17.04.1998"))
			.withMessageContaining("write it as 1998, 1998-04 or 1998-04-17");
	}

	@Test
	void ordersByYearThenMonthThenDayWithUnknownPartsFirst() {
		var dates = new ArrayList<>(List.of(PartialDate.of(1998, 4, 17), PartialDate.ofYear(1998),
				PartialDate.ofYearMonth(1998, 4), PartialDate.of(1997, 12, 31)));
		Collections.sort(dates);
		assertThat(dates).extracting(PartialDate::toString).containsExactly("1997-12-31", "1998", "1998-04", "1998-04-17");
	}

	@Test
	void isAfterADayOnlyWhenItsEarliestPossibleDayIs() {
		LocalDate today = LocalDate.of(2026, 6, 15);
		assertThat(PartialDate.of(2026, 6, 16).isAfter(today)).isTrue();
		assertThat(PartialDate.ofYear(2027).isAfter(today)).isTrue();
		assertThat(PartialDate.ofYear(2026).isAfter(today)).isFalse();
		assertThat(PartialDate.ofYearMonth(2026, 7).isAfter(today)).isTrue();
		assertThat(PartialDate.of(2026, 6, 15).isAfter(today)).isFalse();
	}
}
