package eu.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import eu.tandem.support.Browserless;
import eu.tandem.support.DemoStaff;
import eu.tandem.support.Page;
import eu.tandem.support.ScreenWalk;
import eu.tandem.support.TandemIntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A translated screen holds no English of Tandem's own: walking every screen a demo user reaches in German, Danish,
 * French and Dutch, no English text of a message bundle appears where the language has its own, no raw message key
 * shows, and the page says which language it is in. What people typed, and the library's items (marked
 * {@code lang="en"}), stay as they were written.
 */
@TandemIntegrationTest
class TranslatedScreensIT {

	private static final int MOST_SCREENS = 30;
	private static final Pattern RAW_KEY = Pattern.compile("\\?\\?[\\w.]+\\?\\?");

	@LocalServerPort
	int port;

	@Autowired
	DemoStaff demo;

	@Autowired
	MessageBundles bundles;

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "signed out, de", "sofia.ricci, de", "elif.kaya, de", "matthias.gruber, de", "lukas.nowak, de",
			"signed out, da", "anders.nielsen, da", "claire.dubois, da", "mikkel.jensen, da",
			"elif.kaya, fr", "sofia.ricci, nl", "ioana.popescu, fr", "ingrid.holm, nl" })
	void noEnglishOfTandemsOwnIsLeftOnATranslatedScreen(String who, String code) {
		var language = Language.ofCode(code).orElseThrow();
		var english = englishLeftBehind(language);
		var browser = new Browserless(port).speaking(code);
		var start = who.equals("signed out") ? browser.get("/sign-in") : browser.signIn(demo.member(who));
		var found = new LinkedHashMap<String, List<String>>();
		var walked = ScreenWalk.walk(List.of(start.path(), "/"), MOST_SCREENS, path -> {
			var page = browser.get(path);
			if (page.status() != 200 || !page.header("Content-Type").startsWith("text/html")) {
				return null;
			}
			var problems = problems(page, language, english);
			if (!problems.isEmpty()) {
				found.put(path, problems);
			}
			// the language switch is not a screen: following it would change the language the walk reads in
			return ScreenWalk.links(page.html().select(ScreenWalk.LINKS).eachAttr("href"), port).stream()
				.filter(link -> !link.startsWith("/language")).toList();
		});
		assertThat(walked).as("screens walked").hasSizeGreaterThan(2);
		assertThat(found).as("English left on " + who + "'s screens in " + language.ownName() + " (walked " + walked + ")").isEmpty();
	}

	private static List<String> problems(Page page, Language language, List<String> english) {
		var problems = new ArrayList<String>();
		var lang = page.html().selectFirst("html").attr("lang");
		if (!lang.equals(language.code())) {
			problems.add("html lang=" + lang);
		}
		var body = page.html().body().clone();
		body.select("[lang]").stream().filter(element -> !element.attr("lang").equals(language.code())).forEach(Element::remove);
		body.select("input, textarea, select").remove();
		var text = body.text();
		RAW_KEY.matcher(text).results().forEach(raw -> problems.add("raw key " + raw.group()));
		english.stream().filter(text::contains).forEach(left -> problems.add("English: " + left));
		return problems;
	}

	/** The English a screen in {@code language} must not show: every text whose translation differs from it. */
	private List<String> englishLeftBehind(Language language) {
		var english = new HashMap<String, Properties>();
		var translated = new HashMap<String, Properties>();
		return EnglishLeftBehind.in(bundles, (basename, key) -> english
			.computeIfAbsent(basename, name -> MessageBundles.texts(name, Language.ENGLISH)).getProperty(key)
			.equals(translated.computeIfAbsent(basename, name -> MessageBundles.texts(name, language)).getProperty(key)));
	}

}
