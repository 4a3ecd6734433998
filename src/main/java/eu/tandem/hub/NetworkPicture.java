package eu.tandem.hub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import eu.tandem.agency.Sector;
import org.jspecify.annotations.Nullable;

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
 * The class is package-private; the methods the page template calls are public only because Thymeleaf's
 * expressions reach public methods alone.
 */
final class NetworkPicture {

	static final String NOTHING_COVERED = "No agreement is in force today, so no data may flow; see the hub's agreements.";

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
	record InForce(String title, int number, String until, List<String> clauses) {
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
	private final NetworkDrawing drawing;

	private NetworkPicture(String hubName, List<Member> members, List<AgreementVersion> inForce,
			Map<Pair, Map<DataCategory, List<ClauseRef>>> coverage) {
		this.hubName = hubName;
		this.members = members;
		this.inForce = inForce;
		this.coverage = coverage;
		this.drawing = NetworkLayout.draw(hubName, members, arrows().stream().filter(Arrow::drawn).toList());
	}

	/**
	 * The picture of a hub on a day, from its member agencies and every agreement's versions (oldest first,
	 * as {@link Agreements#ofHub} gives them).
	 */
	static NetworkPicture of(String hubName, List<Member> members, List<List<AgreementVersion>> agreements,
			LocalDate day) {
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
		return new NetworkPicture(hubName, sorted, inForce, coverage);
	}

	public boolean nothingCovered() {
		return coverage.isEmpty();
	}

	/** The coverage in one sentence, for the page and the picture's accessible name. */
	public String inWords() {
		if (nothingCovered()) {
			return NOTHING_COVERED;
		}
		var flows = coverage.size() == 1 ? "one sector-to-sector flow" : coverage.size() + " sector-to-sector flows";
		return inForce.size() == 1 ? "One agreement is in force today; it covers " + flows + "."
				: inForce.size() + " agreements are in force today; they cover " + flows + ".";
	}

	/** What a screen reader announces for the picture; the table below it says the rest. */
	public String ariaLabel() {
		var sectors = members.stream().map(Member::sector).distinct().count();
		var who = switch (members.size()) {
			case 0 -> "no member agencies yet";
			case 1 -> "1 member agency in 1 sector";
			default -> members.size() + " member agencies in " + sectors + (sectors == 1 ? " sector" : " sectors");
		};
		var coverageInWords = nothingCovered() ? "No agreement is in force today, so no data may flow."
				: inWords() + " The table below lists each flow with its clauses.";
		return "Network picture of " + hubName + " with " + who + ". " + coverageInWords;
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
			.map(arrow -> arrow.label() + " from " + arrow.from().inWords() + " to " + arrow.to().inWords())
			.toList();
		return missing.isEmpty() ? null : "Covered flows from or to a sector without a member agency in this hub have "
				+ "no arrow; the table lists them: " + String.join("; ", missing) + ".";
	}

	public List<LegendEntry> legend() {
		var bySector = new LinkedHashMap<Sector, List<String>>();
		members.forEach(member -> bySector.computeIfAbsent(member.sector(), sector -> new ArrayList<>()).add(member.name()));
		return bySector.entrySet().stream()
			.map(entry -> new LegendEntry(entry.getKey().label(), NetworkDrawing.colour(entry.getKey()), List.copyOf(entry.getValue())))
			.toList();
	}

	public List<Column> columns() {
		var present = sectorsWithMembers();
		return tableSectors().stream().map(sector -> new Column(sector.label(), present.contains(sector))).toList();
	}

	public List<Row> rows() {
		var present = sectorsWithMembers();
		var sectors = tableSectors();
		return sectors.stream()
			.map(from -> new Row(from.label(), present.contains(from),
					sectors.stream().map(to -> cell(new Pair(from, to))).toList()))
			.toList();
	}

	public List<InForce> inForce() {
		return inForce.stream()
			.map(version -> new InForce(version.title(), version.number(), SharingPolicy.DAY.format(version.lapsesAfter()),
					version.flows().stream().sorted(Comparator.comparingInt(Flow::clause))
						.map(flow -> "Clause " + flow.clause() + ": " + flow.category().inWords() + " from "
								+ flow.from().inWords() + " to " + flow.to().inWords()
								+ ", for " + flow.purpose().label() + ".")
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
			.map(entry -> new Covered(entry.getKey().label(), clauses(entry.getValue())))
			.sorted(Comparator.comparing(Covered::category))
			.toList());
	}

	/** "clause 1", "clauses 1 and 3"; with several agreements in force, each names its agreement. */
	private String clauses(List<ClauseRef> refs) {
		var byAgreement = refs.stream().collect(Collectors.groupingBy(ClauseRef::agreement, TreeMap::new,
				Collectors.mapping(ClauseRef::clause, Collectors.toCollection(TreeSet::new))));
		return byAgreement.entrySet().stream().map(entry -> {
			var numbers = entry.getValue().stream().map(String::valueOf).toList();
			var text = numbers.size() == 1 ? "clause " + numbers.getFirst() : "clauses " + listed(numbers);
			return inForce.size() == 1 ? text : text + " of “" + inForce.get(entry.getKey()).title() + "”";
		}).collect(Collectors.joining("; "));
	}

	private static String categories(Map<DataCategory, List<ClauseRef>> categories) {
		return categories.keySet().stream().map(category -> category.label().toLowerCase(Locale.ROOT)).sorted()
			.collect(Collectors.joining(", "));
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

	private static String listed(List<String> items) {
		return items.size() == 1 ? items.getFirst()
				: String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
	}
}
