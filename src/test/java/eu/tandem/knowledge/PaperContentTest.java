package eu.tandem.knowledge;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped RAN HEALTH data is complete against the paper it names as its source. The paper is parsed here on its
 * own, without looking at the JSON, so that a bullet lost or added while structuring it shows up as a count that
 * differs in one subtheme, section and list.
 */
class PaperContentTest {

	/** The RAN site and its social media, printed on the paper's first page: the publisher's, not any entry's. */
	static final Set<String> PUBLISHER_LINKS = Set.of("https://ec.europa.eu/ran", "https://twitter.com/RANEurope",
			"https://www.facebook.com/RadicalisationAwarenessNetwork",
			"https://www.linkedin.com/company/radicalisation-awareness-network---ran",
			"https://www.youtube.com/channel/UCD6U5qdKiA3ObOKGEVwTQKw");

	static final Set<String> CASE_ATTRIBUTES = Set.of("child", "returnee", "prison", "probation", "online_activity",
			"lone_actor", "grooming", "family_involvement", "substance_use");

	static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	static final PaperOutline PAPER = PaperOutline.of(resource("/knowledge/ran-health-overview.txt"));
	static final KnowledgeFile DATA = JSON.readValue(resource("/knowledge/ran-health-overview.json"), KnowledgeFile.class);
	static final RelevanceRules RULES = JSON.readValue(resource("/knowledge/relevance-rules.json"), RelevanceRules.class);

	@Test
	void everyBulletOfThePaperIsOneItemInTheSameSubthemeSectionAndList() {
		var inData = DATA.items().collect(Collectors.groupingBy(PlacedItem::place, LinkedHashMap::new, Collectors.summingInt(item -> 1)));
		var softly = new SoftAssertions();
		PAPER.bullets().forEach((place, count) -> softly.assertThat(inData.getOrDefault(place, 0))
			.as("%s in %s, counted in the paper", place.list(), place.where())
			.isEqualTo(count));
		inData.keySet().stream().filter(place -> !PAPER.bullets().containsKey(place))
			.forEach(place -> softly.fail("The data has %s in %s, where the paper has none", place.list(), place.where()));
		softly.assertAll();
	}

	@Test
	void hasTheThreeMainThemesAndEverySubthemeOfThePaper() {
		assertThat(DATA.themes()).extracting(Theme::title).containsExactlyElementsOf(PAPER.themes());
		assertThat(PAPER.themes()).hasSize(3);
		assertThat(DATA.themes().stream().flatMap(theme -> theme.subthemes().stream()).map(Subtheme::title).map(PaperOutline::folded))
			.containsExactlyElementsOf(PAPER.subthemes().stream().map(PaperOutline::folded).toList());
	}

	@Test
	void keysAreUniqueLowercaseSlugsAcrossTheFile() {
		var keys = Stream.of(DATA.themes().stream().map(Theme::key),
				DATA.themes().stream().flatMap(theme -> theme.subthemes().stream()).map(Subtheme::key),
				DATA.items().map(placed -> placed.item().key()), DATA.checklists().stream().map(Checklist::key))
			.flatMap(Function.identity()).toList();
		var seen = new HashSet<String>();
		assertThat(keys.stream().filter(key -> !seen.add(key))).as("keys used twice").isEmpty();
		assertThat(keys).allMatch(key -> key.matches("[a-z0-9]+(-[a-z0-9]+)*"), "is a lowercase hyphenated slug");
	}

	@Test
	void meetingsHaveTitleDatesAndPrecision() {
		var softly = new SoftAssertions();
		DATA.items().filter(placed -> placed.item().type().equals("meeting")).map(PlacedItem::item).forEach(meeting -> {
			softly.assertThat(meeting.title()).as("title of %s", meeting.key()).isNotBlank();
			softly.assertThat(meeting.kind()).as("kind of %s", meeting.key()).isIn("meeting", "paper");
			softly.assertThat(meeting.datePrecision()).as("date precision of %s", meeting.key()).isIn("day", "month", "year");
			softly.assertThat(meeting.startDate()).as("start date of %s", meeting.key()).isNotNull();
			if (meeting.startDate() != null && meeting.endDate() != null) {
				softly.assertThat(LocalDate.parse(meeting.endDate())).as("end date of %s", meeting.key())
					.isAfter(LocalDate.parse(meeting.startDate()));
			}
		});
		softly.assertAll();
	}

	@Test
	void practicesHaveTitleAndCountry() {
		var softly = new SoftAssertions();
		DATA.items().filter(placed -> placed.item().type().equals("practice")).map(PlacedItem::item).forEach(practice -> {
			softly.assertThat(practice.title()).as("title of %s", practice.key()).isNotBlank();
			softly.assertThat(practice.country()).as("country of %s", practice.key()).isNotBlank();
		});
		softly.assertAll();
	}

	@Test
	void everyLinkOfThePaperButThePublishersBelongsToAnItemOrSubtheme() {
		var attributed = Stream.concat(DATA.items().map(placed -> placed.item().sourceUrl()),
				DATA.themes().stream().flatMap(theme -> theme.subthemes().stream()).map(Subtheme::sourceUrl))
			.filter(Objects::nonNull).toList();
		assertThat(PAPER.links()).containsAll(PUBLISHER_LINKS);
		assertThat(attributed).as("links attributed twice").doesNotHaveDuplicates();
		assertThat(attributed).as("attributed links")
			.containsExactlyInAnyOrderElementsOf(PAPER.links().stream().filter(link -> !PUBLISHER_LINKS.contains(link)).distinct().toList());
	}

	@Test
	void itemsUseThePapersOwnWords() {
		var softly = new SoftAssertions();
		DATA.items().map(PlacedItem::item).forEach(item -> Stream.of(item.title(), item.workingGroup(), item.country(),
				item.summary(), item.text())
			.filter(Objects::nonNull)
			.forEach(words -> softly.assertThat(PAPER.prose().contains(words))
				.as("%s says \"%s\", which is not in the paper", item.key(), words).isTrue()));
		DATA.themes().stream().flatMap(theme -> Stream.concat(Stream.of(theme.summary()), theme.subthemes().stream().map(Subtheme::summary)))
			.map(summary -> summary.replace("\n\n", " "))
			.forEach(summary -> softly.assertThat(PAPER.prose().contains(summary))
				.as("the summary \"%s\" is not in the paper", summary).isTrue());
		softly.assertAll();
	}

	@Test
	void relevanceRulesNameExistingItemsAndKnownCaseAttributes() {
		var keys = DATA.items().map(placed -> placed.item().key()).collect(Collectors.toSet());
		var softly = new SoftAssertions();
		RULES.rules().forEach(rule -> {
			softly.assertThat(rule.attribute()).as("attribute of the rule for %s", rule.item()).isIn(CASE_ATTRIBUTES);
			softly.assertThat(keys.contains(rule.item())).as("the rule for %s names %s, which is no item", rule.attribute(), rule.item())
				.isTrue();
			softly.assertThat(rule.why()).as("why of the rule %s → %s", rule.attribute(), rule.item()).isNotBlank();
		});
		softly.assertAll();
		assertThat(RULES.rules()).extracting(Rule::attribute).containsAll(CASE_ATTRIBUTES);
	}

	@Test
	void checklistsComeFromALessonAndHaveAllTheirSteps() {
		var lessons = DATA.items().map(PlacedItem::item).filter(item -> item.type().equals("lesson")).map(Item::key).toList();
		var checklists = DATA.checklists().stream().collect(Collectors.toMap(Checklist::key, Function.identity()));
		assertThat(checklists).containsOnlyKeys("five-steps-multi-agency-structure", "four-rs-trauma-informed-care");
		assertThat(DATA.checklists()).allSatisfy(checklist -> assertThat(lessons).contains(checklist.sourceItem()));
		assertThat(checklists.get("five-steps-multi-agency-structure").steps()).hasSize(5);
		assertThat(checklists.get("four-rs-trauma-informed-care").steps()).hasSize(4)
			.allSatisfy(step -> assertThat(step.hint()).isNotBlank());
	}

	@AfterAll
	static void printTotals() {
		var items = DATA.items().map(PlacedItem::item).toList();
		Function<String, Long> kinds = kind -> items.stream().filter(item -> kind.equals(item.kind())).count();
		Function<String, Long> types = type -> items.stream().filter(item -> type.equals(item.type())).count();
		System.out.printf("RAN HEALTH overview: %d themes, %d subthemes, %d meetings, %d papers, %d practices, %d lessons, %d open questions%n",
				DATA.themes().size(), DATA.themes().stream().mapToInt(theme -> theme.subthemes().size()).sum(),
				kinds.apply("meeting"), kinds.apply("paper"), types.apply("practice"), types.apply("lesson"),
				types.apply("open_question"));
	}

	static String resource(String path) {
		try (InputStream in = PaperContentTest.class.getResourceAsStream(path)) {
			assertThat(in).as(path + " on the classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Where the paper lists an entry: subtheme, optional section, and list (practices with their scope). */
	record Place(String subtheme, String section, String list) {

		String where() {
			return "subtheme '" + subtheme + "'" + (section == null ? "" : ", section '" + section + "'");
		}
	}

	/**
	 * What the paper holds, read line by line: its themes, subthemes, links, the prose with page furniture removed,
	 * and how many bullets stand in each subtheme, section and list.
	 */
	record PaperOutline(List<String> themes, List<String> subthemes, List<String> links, String prose,
			Map<Place, Integer> bullets) {

		static final Pattern FURNITURE = Pattern.compile(
				"DISCUSSIONS PAPER|RAN HEALTH Working Group|Page \\d+ of \\d+|Product of the Radicalisation Awareness Network|\\(RAN\\)");

		static final Map<String, String> LISTS = Map.of("Meetings and papers", "meetings and papers",
				"Practices", "practices", "Practices – local", "practices (local)", "Practices – national", "practices (national)",
				"Lessons learned and recommendations", "lessons", "What needs to be further explored?", "open questions",
				"What needs to be further explored", "open questions");

		static PaperOutline of(String paper) {
			var lines = paper.lines().map(String::strip).toList();
			var content = lines.stream().filter(line -> !line.isEmpty() && !line.startsWith("http") && !FURNITURE.matcher(line).matches())
				.toList();
			var themes = new ArrayList<String>();
			var subthemes = new ArrayList<String>();
			var bullets = new LinkedHashMap<Place, Integer>();
			String subtheme = null, section = null, list = null;
			for (int i = 0; i < content.size(); i++) {
				var line = content.get(i);
				var next = i + 1 < content.size() ? content.get(i + 1) : "";
				if (line.startsWith("Main theme:")) {
					var title = line.substring("Main theme:".length()).strip();
					// the third theme's title wraps onto a line of its own
					if (Character.isLowerCase(next.charAt(0))) {
						title += " " + next;
						i++;
					}
					themes.add(title);
					subtheme = section = list = null;
				}
				else if (line.matches("Sub ?theme:.*")) {
					subtheme = line.substring(line.indexOf(':') + 1).strip();
					subthemes.add(subtheme);
					section = list = null;
				}
				else if (LISTS.containsKey(line)) {
					list = LISTS.get(line);
				}
				else if (line.startsWith("•")) {
					if (subtheme != null && list != null) {
						bullets.merge(new Place(folded(subtheme), section, list), 1, Integer::sum);
					}
				}
				else if (subtheme != null && next.equals("Meetings and papers") && !line.endsWith(".") && !line.endsWith("?")) {
					// an unlabelled heading splitting a subtheme into sections
					section = line;
					list = null;
				}
			}
			// a link split over two lines of the PDF was extracted twice in a row; it is still one link
			var links = lines.stream().filter(line -> line.startsWith("http")).toList();
			return new PaperOutline(themes, subthemes, links, prose(content), bullets);
		}

		/** The text as one line; a word split at its own hyphen ("multi-" / "agency") keeps the hyphen. */
		static String prose(List<String> content) {
			var prose = new StringBuilder();
			for (var line : content) {
				var text = line.startsWith("•") ? line.substring(1).strip() : line;
				if (!prose.isEmpty() && prose.charAt(prose.length() - 1) != '-') {
					prose.append(' ');
				}
				prose.append(text);
			}
			return prose.toString();
		}

		/** Subtheme titles are compared regardless of case: the paper writes "Mental illness and Violent extremism". */
		static String folded(String title) {
			return title.toLowerCase(Locale.ROOT);
		}
	}

	record KnowledgeFile(Source source, int dataVersion, List<String> notes, List<Theme> themes, List<Checklist> checklists) {

		Stream<PlacedItem> items() {
			return themes.stream().flatMap(theme -> theme.subthemes().stream())
				.flatMap(subtheme -> subtheme.items().stream().map(item -> new PlacedItem(subtheme, item)));
		}
	}

	record Source(String title, String publisher, String file, String url) {
	}

	record Theme(String key, String title, String summary, List<Subtheme> subthemes) {
	}

	record Subtheme(String key, String title, String summary, String sourceUrl, List<Item> items) {
	}

	/** One record for every item type; the fields a type does not use stay absent. */
	record Item(String key, String type, String section, String kind, String scope, String title, String workingGroup,
			String startDate, String endDate, String datePrecision, String place, String country, String countryCode,
			String summary, String text, String sourceUrl) {
	}

	record PlacedItem(Subtheme subtheme, Item item) {

		Place place() {
			var list = switch (item.type()) {
				case "meeting" -> "meetings and papers";
				case "practice" -> item.scope() == null ? "practices" : "practices (" + item.scope() + ")";
				case "lesson" -> "lessons";
				case "open_question" -> "open questions";
				default -> "unknown type " + item.type();
			};
			return new Place(PaperOutline.folded(subtheme.title()), item.section(), list);
		}
	}

	record Checklist(String key, String title, String sourceItem, String hintSource, List<Step> steps) {
	}

	record Step(String key, String text, String hint) {
	}

	record RelevanceRules(List<Rule> rules) {
	}

	record Rule(String attribute, String item, String why) {
	}
}
