package eu.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.tandem.agency.Agencies;
import eu.tandem.hub.HubId;
import eu.tandem.hub.Hubs;
import eu.tandem.support.Chromium;
import eu.tandem.support.DemoStaff;
import eu.tandem.support.Fixtures;
import eu.tandem.support.InBrowser;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practitioner whose browser asks for English chooses German, or Danish, in the header's switch before signing in,
 * and walks sign-in → refer → my referrals in a real Chromium: every page says it is in that language, its headings
 * and labels are the language's texts from the bundles, no English text of a bundle is left on it, and the day the
 * referral was received is written as that language writes dates. The choice made signed out holds after sign-in
 * and after sign-out.
 */
@TandemIntegrationTest
class LanguageWalkIT {

	private static final Pattern RAW_KEY = Pattern.compile("\\?\\?[\\w.]+\\?\\?");
	/** The texts on the walk's screens that a language rightly writes as English does: Danish says "social isolation". */
	private static final Map<Language, Set<String>> SHARED_WITH_ENGLISH = Map.of(Language.DANISH,
			Set.of("referral.vulnerability.SOCIAL_ISOLATION"));

	/** The English left behind per language, worked out once for the walk's pages. */
	private final Map<Language, List<String>> englishLeftBehind = new EnumMap<>(Language.class);

	/**
	 * A language the walk is made in, with words its readers know written out here rather than read from a bundle, so
	 * that the walk cannot pass by comparing a bundle with itself. Each is walked by a practitioner of the other
	 * country: the browser asks for English and the agency's country would give the other language, so only the switch
	 * can make the screens German or Danish.
	 */
	record Walk(Language language, String practitioner, String signIn, String myReferrals, String concern,
			Pattern receivedAt) {

		@Override
		public String toString() {
			return language.ownName() + ", walked by " + practitioner;
		}
	}

	static Stream<Walk> walks() {
		return Stream.of(
				new Walk(Language.GERMAN, "kwame.mensah", "Anmelden", "Meine Meldungen",
						"Er spricht nicht mehr mit seinen Freunden und teilt Videos eines Predigers, der sie verspottet.",
						Pattern.compile("\\d{1,2}\\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
								+ "|November|Dezember) \\d{4}, \\d{2}:\\d{2}")),
				new Walk(Language.DANISH, "sofia.ricci", "Log ind", "Mine henvendelser",
						"Han taler ikke længere med sine venner og deler videoer af en prædikant, der håner dem.",
						Pattern.compile("\\d{1,2}\\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober"
								+ "|november|december) \\d{4}, \\d{2}\\.\\d{2}")));
	}

	@LocalServerPort
	int port;

	@Autowired
	DemoStaff demo;

	@Autowired
	MessageBundles bundles;

	@Autowired
	Hubs hubs;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	Chromium chromium;
	InBrowser browser;

	/** When the walk fails, what the browser showed is kept in target/browser-failures. */
	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"),
				"LanguageWalkIT-" + context.getDisplayName().replaceAll("\\W+", "-")));

	@BeforeEach
	void openBrowser() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walks")
	void signInReferAndMyReferralsFollowTheLanguageChosenInTheSwitch(Walk walk) {
		var language = walk.language();
		var member = demo.member(walk.practitioner());
		assertThat(jdbc.sql("select coalesce(language, 'none') from identity.account where id = :id").param("id", member.id().value())
			.query(String.class).single()).as("the account's own language: none, so only the switch chooses one").isEqualTo("none");

		browser.open("/sign-in");
		assertThat(lang()).as("before the switch, the browser's language").isEqualTo("en");
		assertThat(browser.heading()).isEqualTo(text(Language.ENGLISH, "identity.signIn.heading"));

		// the visitor's switch, clicked as a person would; it comes back to the page it was clicked on
		browser.waitForNewPageAfter(() -> browser.find("header nav.language a[lang='" + language.code() + "']").click());
		browser.waitForPath("/sign-in");
		isWholly(language, "the sign-in page");
		assertThat(browser.heading()).isEqualTo(walk.signIn());
		reads(browser.heading(), language, "identity.signIn.heading");
		titleReads(language, "identity.signIn.title");
		reads(labelOf("username"), language, "identity.signIn.username");
		reads(labelOf("password"), language, "identity.signIn.password");
		reads(browser.find("form[action='/sign-in'] button[type=submit]").getText(), language, "identity.signIn.continue");
		assertThat(browser.find("header nav.language a[aria-current=true]").getText()).isEqualTo(language.ownName());

		browser.field("username").sendKeys(member.username());
		browser.field("password").sendKeys(member.password());
		browser.waitForNewPageAfter(() -> browser.submit("form[action='/sign-in']"));
		browser.waitForPath("/sign-in/code");
		isWholly(language, "the code page");
		reads(browser.heading(), language, "identity.code.heading");
		titleReads(language, "identity.code.title");
		reads(labelOf("code"), language, "identity.code.label");
		reads(browser.find("form[action='/sign-in/code'] button[type=submit]").getText(), language, "identity.code.submit");

		enterCode(member);
		browser.waitForPath("/");
		isWholly(language, "the start page");
		choiceIsKept(language);
		reads(browser.heading(), language, "home.welcome", member.asCurrentUser().displayName());
		titleReads(language, "home.title");
		reads(menuLink("/referrals/new").getText(), language, "layout.nav.refer");
		assertThat(menuLink("/referrals").getText()).isEqualTo(walk.myReferrals());
		reads(menuLink("/referrals").getText(), language, "layout.nav.myReferrals");

		browser.waitForNewPageAfter(() -> menuLink("/referrals/new").click());
		browser.waitForPath("/referrals/new");
		isWholly(language, "the referral form");
		choiceIsKept(language);
		reads(browser.heading(), language, "referral.new.heading");
		titleReads(language, "referral.new.title");
		reads(labelOf("hub"), language, "referral.new.hub");
		reads(labelOf("givenNames"), language, "referral.new.givenNames");
		reads(labelOf("surname"), language, "referral.new.surname");
		reads(labelOf("concern"), language, "referral.new.concern");
		reads(labelOf("type"), language, "referral.new.type");
		reads(browser.find("form[action='/referrals'] button[type=submit]").getText(), language, "referral.new.send");

		var surname = "Osei" + Fixtures.uniqueLetters();
		var ownHub = browser.find("#hub optgroup[label='" + text(language, "referral.new.hub.own") + "'] option");
		var hub = hubs.find(HubId.parse(ownHub.getDomAttribute("value")).orElseThrow()).orElseThrow();
		new Select(browser.field("hub")).selectByValue(hub.id().toString());
		browser.field("givenNames").sendKeys("Malik");
		browser.field("surname").sendKeys(surname);
		browser.field("birthDay").sendKeys("14");
		browser.field("birthMonth").sendKeys("3");
		browser.field("birthYear").sendKeys("2010");
		browser.field("concern").sendKeys(walk.concern());
		new Select(browser.field("type")).selectByValue("MIXED_OR_UNCLEAR");
		new Select(browser.field("personAware")).selectByValue("NO");
		new Select(browser.field("consent")).selectByValue("NOT_ASKED");
		browser.waitForNewPageAfter(() -> browser.submit("form[action='/referrals']"));
		browser.waitForPath("/referrals");
		// a refused form answers on the same address, with the form's heading
		assertThat(browser.heading()).as("the referral was sent").isEqualTo(text(language, "referral.mine.title"));
		var reference = rowAbout(surname).findElement(By.cssSelector("td a")).getText();
		isWholly(language, "my referrals, just after sending");
		reads(browser.find("main .notice").getText(), language, "referral.notice.sent", reference, hub.name());

		browser.waitForNewPageAfter(() -> menuLink("/referrals").click());
		browser.waitForPath("/referrals");
		isWholly(language, "my referrals");
		choiceIsKept(language);
		assertThat(browser.heading()).isEqualTo(walk.myReferrals());
		reads(browser.heading(), language, "referral.mine.title");
		titleReads(language, "referral.mine.title");
		var columns = List.of("referral.column.reference", "referral.mine.column.about", "referral.mine.column.sentTo",
				"referral.column.received", "referral.mine.column.stands", "referral.mine.column.closed");
		var headers = browser.driver().findElements(By.cssSelector("main table thead th")).stream().map(WebElement::getText)
			.toList();
		assertThat(headers).hasSameSizeAs(columns);
		for (var column = 0; column < columns.size(); column++) {
			reads(headers.get(column), language, columns.get(column));
		}
		var cells = rowAbout(surname).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
		assertThat(cells.get(0)).isEqualTo(reference);
		assertThat(cells.get(2)).isEqualTo(hub.name());
		reads(cells.get(4), language, "referral.status.IN_TRIAGE");

		var receivedAt = jdbc.sql("select received_at from referral.referral where reference = :reference")
			.param("reference", reference).query(Instant.class).single();
		var readersCountry = agencies.find(member.agencyId()).orElseThrow().details().country().code();
		assertThat(TimeZones.ofCountryOrDefault(readersCountry)).as("the reader's zone, in which screens show times")
			.isEqualTo(hub.zone());
		var shown = cells.get(3);
		assertThat(shown).as("the day and time received, as " + language.ownName() + " writes them")
			.isEqualTo(dayAndTime(receivedAt, language.locale(), hub.zone()))
			.matches(walk.receivedAt())
			.isNotEqualTo(dayAndTime(receivedAt, Language.ENGLISH.locale(), hub.zone()));

		browser.signOut();
		isWholly(language, "the sign-in page after signing out");
		reads(browser.find("main .notice").getText(), language, "identity.signIn.signedOut");
	}

	/**
	 * The text shows what the bundle of {@code language} says for {@code key}, and not the English text: a translation
	 * left in English fails here even though the bundle is read rather than written out.
	 */
	private void reads(String shown, Language language, String key, Object... arguments) {
		assertThat(shown).as(key + " in " + language.ownName()).isEqualTo(text(language, key, arguments))
			.isNotEqualTo(text(Language.ENGLISH, key, arguments));
	}

	/** The page's title is the screen's name in {@code language}, after Tandem's, as every page's title is. */
	private void titleReads(Language language, String key) {
		assertThat(title()).as("the title, " + key + " in " + language.ownName())
			.isEqualTo(text(language, "title.suffix", text(language, key)))
			.isNotEqualTo(text(Language.ENGLISH, "title.suffix", text(Language.ENGLISH, key)));
	}

	/** The way {@code Dates.dayAndTime} writes a moment: the long date, a comma, the short time. */
	private static String dayAndTime(Instant moment, Locale locale, ZoneId zone) {
		var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
		return day.format(moment) + ", " + time.format(moment);
	}

	/** Types a code from the authenticator and sends it, as {@link InBrowser#signIn} does. */
	private void enterCode(StaffMember member) {
		// never the step before the current one, which may expire between reading the app and sending
		TestTotp.markUsed(member.totpSecret(), TestTotp.currentStep() - 1);
		browser.field("code").sendKeys(TestTotp.freshCode(member.totpSecret()));
		browser.waitForNewPageAfter(() -> browser.submit("form[action='/sign-in/code']"));
	}

	/** Signed in, the header's switch shows the language chosen before sign-in as the one in use. */
	private void choiceIsKept(Language language) {
		assertThat(new Select(browser.field("language")).getFirstSelectedOption().getText())
			.as("the switch's choice").isEqualTo(language.ownName());
	}

	/**
	 * The page says it is in {@code language}, shows no raw message key and none of the English texts of the bundles
	 * where the language has its own. What the user typed and the switch's names of other languages (each marked with
	 * its own {@code lang}) do not count.
	 */
	private void isWholly(Language language, String page) {
		assertThat(lang()).as("<html lang> of " + page).isEqualTo(language.code());
		var body = Jsoup.parse(browser.driver().getPageSource()).body();
		body.select("[lang]").stream().filter(element -> !element.attr("lang").equals(language.code()))
			.forEach(Element::remove);
		body.select("input, textarea").remove();
		var shown = body.text() + " " + title();
		assertThat(RAW_KEY.matcher(shown).results().map(MatchResult::group).toList()).as("raw keys on " + page).isEmpty();
		assertThat(englishLeftBehind.computeIfAbsent(language, this::englishLeftBehind).stream().filter(shown::contains).toList())
			.as("English on " + page).isEmpty();
	}

	/**
	 * The English a screen in {@code language} must not show. A translation that is a copy of its English text is
	 * English left behind too, unless the language writes it so ({@link #SHARED_WITH_ENGLISH}).
	 */
	private List<String> englishLeftBehind(Language language) {
		var shared = SHARED_WITH_ENGLISH.getOrDefault(language, Set.of());
		return EnglishLeftBehind.in(bundles, (basename, key) -> shared.contains(key));
	}


	/**
	 * A text of the bundles in a language as a screen shows it: as written where it takes no arguments (as Spring's
	 * message source returns it), else formatted with them.
	 */
	private String text(Language language, String key, Object... arguments) {
		var found = bundles.basenames().stream().map(basename -> MessageBundles.texts(basename, language).getProperty(key))
			.filter(Objects::nonNull).toList();
		assertThat(found).as("bundles with " + key + " in " + language).hasSize(1);
		return arguments.length == 0 ? found.getFirst() : new MessageFormat(found.getFirst(), language.locale()).format(arguments);
	}

	private String lang() {
		return browser.find("html").getDomAttribute("lang");
	}

	private String title() {
		return browser.driver().getTitle();
	}

	private String labelOf(String field) {
		return browser.find("label[for='" + field + "']").getText();
	}

	private WebElement menuLink(String path) {
		return browser.find("header nav a[href='" + path + "']");
	}

	private WebElement rowAbout(String surname) {
		var rows = browser.driver().findElements(By.xpath("//main//tbody/tr[td[contains(., '" + surname + "')]]"));
		assertThat(rows).as("my referrals list the referral about " + surname).hasSize(1);
		return rows.getFirst();
	}
}
