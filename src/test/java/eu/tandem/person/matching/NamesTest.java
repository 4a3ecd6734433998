package eu.tandem.person.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

	@Test
	void foldingRemovesCaseDiacriticsAndApostrophes() {
		assertThat(Names.fold("Öztürk")).isEqualTo("ozturk");
		assertThat(Names.fold("Weiß")).isEqualTo("weiss");
		assertThat(Names.fold("Søren Kierkegård")).isEqualTo("soren kierkegard");
		assertThat(Names.fold("Ja'far")).isEqualTo("jafar");
		assertThat(Names.fold("El-Amrani")).isEqualTo("el amrani");
		assertThat(Names.fold("Łukasz Wałęsa")).isEqualTo("lukasz walesa");
		assertThat(Names.fold("Kılıç")).isEqualTo("kilic");
	}

	@Test
	void foldingRomanisesCyrillic() {
		assertThat(Names.fold("Олександр Шевченко")).isEqualTo("oleksandr shevchenko");
		assertThat(Names.fold("Юлия")).isEqualTo("yuliya");
	}

	@Test
	void germanUmlautTranscriptionAndDiacriticsMeet() {
		assertThat(canonical("Oeztuerk")).isEqualTo(canonical("Öztürk")).isEqualTo(canonical("Ozturk"));
		assertThat(canonical("Mueller")).isEqualTo(canonical("Müller"));
	}

	@Test
	void spellingRulesUniteRomanisationsOfOneSound() {
		assertThat(canonical("Yousuf")).isEqualTo(canonical("Yusuf")).isEqualTo(canonical("Jusuf"));
		assertThat(canonical("Dzhokhar")).isEqualTo(canonical("Djokhar")).isEqualTo(canonical("Jokhar"));
		assertThat(canonical("Khalid")).isEqualTo(canonical("Halid"));
		assertThat(canonical("Mikhail")).isEqualTo(canonical("Michail"));
		assertThat(canonical("Mustapha")).isEqualTo(canonical("Mustafa"));
		assertThat(canonical("Dmitriy")).isEqualTo(canonical("Dmitrij")).isEqualTo(canonical("Dmitry"));
		assertThat(canonical("Abdullah")).isEqualTo(canonical("Abdulla"));
		assertThat(canonical("Mohammed")).isEqualTo(canonical("Mohamed"));
		assertThat(canonical("Xhevdet")).isEqualTo(canonical("Jevdet"));
	}

	@Test
	void distinctNamesStayDistinctAfterTheRules() {
		assertThat(canonical("Hassan")).isNotEqualTo(canonical("Hussein"));
		assertThat(canonical("Ahmed")).isNotEqualTo(canonical("Mahmoud"));
	}

	@Test
	void particlesAreSetAsideForTheCoreOfASurname() {
		assertThat(Names.core(Names.tokens(Names.fold("van der Berg")))).containsExactly("berg");
		assertThat(Names.core(Names.tokens(Names.fold("El Amrani")))).containsExactly("amrani");
		assertThat(Names.core(Names.tokens(Names.fold("García López")))).containsExactly("garcia", "lopez");
		assertThat(Names.core(Names.tokens(Names.fold("van")))).containsExactly("van");
	}

	@Test
	void soundCodeIgnoresVowelsAndKeepsTheFirstLetter() {
		assertThat(Names.soundCode(canonical("Mohammed"))).isEqualTo(Names.soundCode(canonical("Muhammad")));
		assertThat(Names.soundCode(canonical("Aleksandr"))).isEqualTo(Names.soundCode(canonical("Oleksandr")));
	}

	private static String canonical(String name) {
		return Names.canonical(Names.fold(name).replace(" ", ""));
	}
}
