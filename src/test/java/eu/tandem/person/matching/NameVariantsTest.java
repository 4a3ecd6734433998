package eu.tandem.person.matching;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Each family the issue names: the matcher's reason says which name the two spellings are variants of. */
class NameVariantsTest {

	private final PersonMatcher matcher = new PersonMatcher();

	@Test
	void arabicNamesAcrossCountries() {
		assertVariants("Mohammed", "Mohammed", "Muhammad", "Mohamed", "Mehmet", "Maxamed", "Magomed", "Muhamet");
		assertVariants("Youssef", "Youssef", "Yusuf", "Yousef", "Jusuf", "Yusup");
		assertVariants("Hussein", "Hussein", "Husayn", "Hossein", "Hüseyin", "Hysen");
	}

	@Test
	void turkishSpellings() {
		assertVariants("Ahmed", "Ahmed", "Ahmet");
		assertVariants("Rajab", "Recep", "Rajab", "Rexhep");
	}

	@Test
	void persianSpellings() {
		assertVariants("Mujtaba", "Mojtaba", "Mujtaba");
		assertVariants("Muhsin", "Mohsen", "Muhsin");
	}

	@Test
	void somaliSpellings() {
		assertVariants("Khalid", "Xaalid", "Khalid");
		assertVariants("Ismail", "Ismaaciil", "Ismail");
	}

	@Test
	void russianUkrainianAndChechenSpellings() {
		assertVariants("Aleksandr", "Aleksandr", "Oleksandr", "Alexander");
		assertVariants("Vladimir", "Vladimir", "Volodymyr");
		assertVariants("Dzhokhar", "Dzhokhar", "Djokhar");
		assertVariants("Zelimkhan", "Zelimkhan", "Zelimhan");
	}

	@Test
	void albanianSpellings() {
		assertVariants("Xhevdet", "Xhevdet", "Cevdet");
		assertVariants("Kamal", "Qemal", "Kemal");
	}

	@Test
	void nicknamesAreNotVariants() {
		var variants = NameVariants.standard();
		for (String nickname : List.of("sasha", "misha", "mo", "sami")) {
			assertThat(variants.groupOf(nickname, Names.canonical(nickname))).as(nickname).isEqualTo(-1);
		}
	}

	@Test
	void theShippedTableHasNoSpellingThatTheRulesMakeEqualToAnotherLine() {
		assertThat(NameVariants.standard().conflicts()).isEmpty();
	}

	@Test
	void aSpellingOnTwoLinesIsRefusedWithBothLineNumbers() {
		String table = "# test\nMohammed Muhammad\nAhmed Ahmet\nMehmet Muhammad\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> NameVariants.load(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "test.txt"))
			.withMessage("test.txt line 4: \"Muhammad\" is already a variant on line 2; a spelling belongs to one name only");
	}

	private void assertVariants(String shownAs, String... spellings) {
		for (String a : spellings) {
			for (String b : spellings) {
				if (!a.equals(b)) {
					var score = matcher.compare(person(a), person(b));
					assertThat(score.reasons()).as(a + " / " + b).contains("given name is a variant of " + shownAs);
					assertThat(score.likelySame()).as(a + " / " + b).isTrue();
				}
			}
		}
	}

	private static PersonDescription person(String given) {
		return new PersonDescription(List.of(new PersonName(given, "Karimi")), PartialDate.of(1990, 5, 17), null,
				List.of(), Map.of());
	}
}
