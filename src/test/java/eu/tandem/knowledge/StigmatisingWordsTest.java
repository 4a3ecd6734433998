package eu.tandem.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The matching rule of the curators' list: a listed word is used where it stands as a whole word, whatever its case. */
class StigmatisingWordsTest {

	static final List<String> LISTED = List.of("terrorist", "psychopath", "Terrorist", "fou furieux", "extrémiste", "Irrer");

	@Test
	void findsAListedWordWhateverItsCase() {
		assertThat(StigmatisingWords.found("He is a TERRORIST, the father says.", LISTED)).as("as the text writes it")
			.containsExactly("TERRORIST");
		assertThat(StigmatisingWords.found("Mother calls him a Psychopath", LISTED)).containsExactly("Psychopath");
	}

	@Test
	void findsOnlyWholeWords() {
		assertThat(StigmatisingWords.found("Watches videos about terrorism; reads psychopathology books; terrorists", LISTED))
			.isEmpty();
		assertThat(StigmatisingWords.found("a terrorist.", LISTED)).containsExactly("terrorist");
		assertThat(StigmatisingWords.found("(terrorist)", LISTED)).containsExactly("terrorist");
		assertThat(StigmatisingWords.found("counter-terrorist police", LISTED)).as("a hyphen is not part of a word")
			.containsExactly("terrorist");
	}

	@Test
	void findsWordsWithLettersBeyondAsciiAndWholePhrases() {
		assertThat(StigmatisingWords.found("Le père le dit EXTRÉMISTE et fou furieux.", LISTED)).containsExactly("fou furieux", "EXTRÉMISTE");
		assertThat(StigmatisingWords.found("un fou, furieux", LISTED)).isEmpty();
		assertThat(StigmatisingWords.found("Er nennt ihn einen Irren", LISTED)).as("another form is another word: curators list it")
			.isEmpty();
		assertThat(StigmatisingWords.found("extrémistes", LISTED)).isEmpty();
	}

	@Test
	void namesAWordListedInTwoLanguagesOnce() {
		assertThat(StigmatisingWords.found("Ein Terrorist? Nein, kein Terrorist.", LISTED)).containsExactly("Terrorist");
	}

	@Test
	void aTextWithoutListedWordsFindsNothing() {
		assertThat(StigmatisingWords.found("Came on time; talked about his apprenticeship and his sister.", LISTED)).isEmpty();
		assertThat(StigmatisingWords.found("", LISTED)).isEmpty();
	}
}
