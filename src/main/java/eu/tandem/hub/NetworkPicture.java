package eu.tandem.hub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.tandem.agency.Sector;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * The picture of a hub's network, because people grasp a network faster from a picture than from a table:
 * the hub in the centre, its member agencies on a circle around it, grouped and coloured by sector, and an
 * arrow from one sector group to another for every sector-to-sector flow that an agreement in force today
 * covers, labelled with the categories that may flow. The same coverage as a table is the picture's text
 * alternative. Only versions in force count, chosen as the sharing check chooses them
 * ({@link SharingPolicy#versionInForce}), so the picture never shows a flow the check would refuse.
 * <p>
 * The picture is drawn deterministically: the same hub on the same day draws the same picture, whatever order its
 * agencies come in. {@link NetworkLayout} works out where everything goes, as a {@link NetworkDrawing}; the
 * template hub/network-svg.html writes it as SVG.
 * <p>
 * Its words are in the reader's language, given when it is made, because the layout measures them: a sector's name
 * takes more room in one language than in another.
 * <p>
 * The class is package-private; the methods the page template calls are public only because Thymeleaf's
 * expressions reach public methods alone.
 */
final class NetworkPicture {

	/** A member agency as the picture needs it. */
	record Member(String name, Sector sector) {
	}

	/** A covered sector-to-sector flow: an arrow in the picture if both sectors have a member agency here. */
	record Arrow(Sector from, Sector to, String label, boolean drawn) {
	}

	/** A sector in the legend, with its colour and the member agencies drawn in it. */
	record LegendEntry(String sector, String colour, List<String> agencies) {
	}

	/** A column of the coverage table: the sector data may go to. */
	record Column(String sector, boolean hasMembers) {
	}

	/** A row of the coverage table: the sector data comes from, and one cell per column. */
	record Row(String sector, boolean hasMembers, List<Cell> cells) {
	}

	/** What may flow between two sectors: one entry per category; empty if nothing. */
	record Cell(List<Covered> covered) {

		public boolean empty() {
			return covered.isEmpty();
		}
	}

	/** A category that may flow, and the clauses that allow it: "Health", "clauses 1 and 3". */
	record Covered(String category, String clauses) {

		/** "Health (clauses 1 and 3)". */
		public String inWords() {
			return category + " (" + clauses + ")";
		}
	}

	/** An agreement version in force today, with its clauses in words. */
	record InForce(String title, int number, LocalDate until, List<String> clauses) {
	}

	private record Pair(Sector from, Sector to) implements Comparable<Pair> {

		private static final Comparator<Pair> ORDER = Comparator.comparing(Pair::from).thenComparing(Pair::to);

		@Override
		public int compareTo(Pair other) {
			return ORDER.compare(this, other);
		}
	}

	private record ClauseRef(int agreement, String title, int clause) {
	}

	private final String hubName;
	private final List<Member> members;
	private final List<AgreementVersion> inForce;
	private final Map<Pair, Map<DataCategory, List<ClauseRef>>> coverage;
	private final Function<MessageSourceResolvable, String> words;
	private final NetworkDrawing drawing;

	private NetworkPicture(String hubName, List<Member> members, List<AgreementVersion> inForce,
			Map<Pair, Map<DataCategory, List<ClauseRef>>> coverage, Function<MessageSourceResolvable, String> words) {
		this.hubName = hubName;
		this.members = members;
		this.inForce = inForce;
		this.coverage = coverage;
		this.words = words;
		this.drawing = NetworkLayout.draw(hubName, members, arrows().stream().filter(Arrow::drawn).toList(),
				sector -> words.apply(HubWords.sector(sector)));
	}

	/**
	 * The picture of a hub on a day, from its member agencies and every agreement's versions (oldest first,
	 * as {@link Agreements#ofHub} gives them), in the words of a language ({@code Words::in} for the reader's).
	 */
	static NetworkPicture of(String hubName, List<Member> members, List<List<AgreementVersion>> agreements,
			LocalDate day, Function<MessageSourceResolvable, String> words) {
		var sorted = members.stream()
			.sorted(Comparator.comparing(Member::sector)
				.thenComparing(Member::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(Member::name))
			.toList();
		var inForce = agreements.stream()
			.map(versions -> SharingPolicy.versionInForce(versions, day))
			.flatMap(Optional::stream)
			.toList();
		var coverage = new TreeMap<Pair, Map<DataCategory, List<ClauseRef>>>();
		for (int i = 0; i < inForce.size(); i++) {
			var version = inForce.get(i);
			for (var flow : version.flows().stream().sorted(Comparator.comparingInt(Flow::clause)).toList()) {
				coverage.computeIfAbsent(new Pair(flow.from(), flow.to()), pair -> new EnumMap<>(DataCategory.class))
					.computeIfAbsent(flow.category(), category -> new ArrayList<>())
					.add(new ClauseRef(i, version.title(), flow.clause()));
			}
		}
		return new NetworkPicture(hubName, sorted, inForce, coverage, words);
	}

	public boolean nothingCovered() {
		return coverage.isEmpty();
	}

	/** The coverage in one sentence, for the page and the picture's accessible name. */
	public String inWords() {
		return words.apply(coverageInWords());
	}

	private MessageSourceResolvable coverageInWords() {
		if (nothingCovered()) {
			return Words.of("hub.picture.nothingCovered");
		}
		var flows = Words.of("hub.picture.flows", coverage.size());
		return inForce.size() == 1 ? Words.of("hub.picture.oneAgreement", flows)
				: Words.of("hub.picture.agreements", inForce.size(), flows);
	}

	/** What a screen reader announces for the picture; the table below it says the rest. */
	public String ariaLabel() {
		var sectors = members.stream().map(Member::sector).distinct().count();
		var who = members.isEmpty() ? Words.of("hub.picture.aria.noMembers")
				: Words.of("hub.picture.aria.members", members.size(), sectors);
		var coverageInWords = nothingCovered() ? Words.of("hub.picture.aria.nothingCovered")
				: Words.of("hub.picture.aria.covered", coverageInWords());
		return words.apply(Words.of("hub.picture.aria", hubName, who, coverageInWords));
	}

	/** Every covered sector-to-sector flow, in sector order. */
	List<Arrow> arrows() {
		var present = sectorsWithMembers();
		return coverage.entrySet().stream()
			.map(entry -> new Arrow(entry.getKey().from(), entry.getKey().to(), categories(entry.getValue()),
					present.contains(entry.getKey().from()) && present.contains(entry.getKey().to())))
			.toList();
	}

	/** The flows that have no arrow because a sector has no member agency here, or null if every flow is drawn. */
	public @Nullable String notDrawnInWords() {
		var missing = arrows().stream().filter(arrow -> !arrow.drawn())
			.map(arrow -> words.apply(Words.of("hub.picture.notDrawn.flow", arrow.label(), HubWords.sectorInWords(arrow.from()),
					HubWords.sectorInWords(arrow.to()))))
			.toList();
		return missing.isEmpty() ? null : words.apply(Words.of("hub.picture.notDrawn", String.join("; ", missing)));
	}

	public List<LegendEntry> legend() {
		var bySector = new LinkedHashMap<Sector, List<String>>();
		members.forEach(member -> bySector.computeIfAbsent(member.sector(), sector -> new ArrayList<>()).add(member.name()));
		return bySector.entrySet().stream()
			.map(entry -> new LegendEntry(sectorName(entry.getKey()), NetworkDrawing.colour(entry.getKey()),
					List.copyOf(entry.getValue())))
			.toList();
	}

	public List<Column> columns() {
		var present = sectorsWithMembers();
		return tableSectors().stream().map(sector -> new Column(sectorName(sector), present.contains(sector))).toList();
	}

	public List<Row> rows() {
		var present = sectorsWithMembers();
		var sectors = tableSectors();
		return sectors.stream()
			.map(from -> new Row(sectorName(from), present.contains(from),
					sectors.stream().map(to -> cell(new Pair(from, to))).toList()))
			.toList();
	}

	public List<InForce> inForce() {
		return inForce.stream()
			.map(version -> new InForce(version.title(), version.number(), version.lapsesAfter(),
					version.flows().stream().sorted(Comparator.comparingInt(Flow::clause))
						.map(flow -> words.apply(Words.of("hub.picture.clause", String.valueOf(flow.clause()),
								HubWords.categoryInWords(flow.category()), HubWords.sectorInWords(flow.from()),
								HubWords.sectorInWords(flow.to()), HubWords.purpose(flow.purpose()))))
						.toList()))
			.toList();
	}

	/** Where everything in the picture goes; hub/network-svg.html draws it. */
	public NetworkDrawing drawing() {
		return drawing;
	}

	private Cell cell(Pair pair) {
		var categories = coverage.get(pair);
		if (categories == null) {
			return new Cell(List.of());
		}
		return new Cell(categories.entrySet().stream()
			.map(entry -> new Covered(words.apply(Words.of("hub.category." + entry.getKey().name())), clauses(entry.getValue())))
			.sorted(Comparator.comparing(Covered::category))
			.toList());
	}

	/** "clause 1", "clauses 1 and 3"; with several agreements in force, each names its agreement. */
	private String clauses(List<ClauseRef> refs) {
		var byAgreement = refs.stream().collect(Collectors.groupingBy(ClauseRef::agreement, TreeMap::new,
				Collectors.mapping(ClauseRef::clause, Collectors.toCollection(TreeSet::new))));
		return byAgreement.entrySet().stream().map(entry -> {
			var numbers = entry.getValue().stream().map(String::valueOf).toList();
			var text = numbers.size() == 1 ? Words.of("hub.picture.oneClause", numbers.getFirst())
					: Words.of("hub.picture.clauses", HubWords.listed(numbers));
			return words.apply(inForce.size() == 1 ? text
					: Words.of("hub.picture.clausesOf", text, inForce.get(entry.getKey()).title()));
		}).collect(Collectors.joining("; "));
	}

	/** The categories on an arrow: "health, identity". */
	private String categories(Map<DataCategory, List<ClauseRef>> categories) {
		return categories.keySet().stream().map(category -> words.apply(Words.of("hub.picture.arrow." + category.name())))
			.sorted().collect(Collectors.joining(", "));
	}

	private String sectorName(Sector sector) {
		return words.apply(HubWords.sector(sector));
	}

	private EnumSet<Sector> sectorsWithMembers() {
		var present = EnumSet.noneOf(Sector.class);
		members.forEach(member -> present.add(member.sector()));
		return present;
	}

	/** The table's rows and columns: every sector with a member agency or a covered flow, in sector order. */
	private List<Sector> tableSectors() {
		var sectors = sectorsWithMembers();
		coverage.keySet().forEach(pair -> {
			sectors.add(pair.from());
			sectors.add(pair.to());
		});
		return List.copyOf(sectors);
	}
}
