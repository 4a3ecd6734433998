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
 * The SVG is built from data alone, every text escaped, with presentation attributes and classes only (the
 * Content-Security-Policy allows no inline style or script), and deterministically: the same hub on the same
 * day draws the same picture, whatever order its agencies come in.
 * <p>
 * The class is package-private; the methods the page template calls are public only because Thymeleaf's
 * expressions reach public methods alone.
 */
final class NetworkPicture {

	static final String NOTHING_COVERED = "No agreement is in force today, so no data may flow; see the hub's agreements.";

	/**
	 * Paul Tol's "muted" scheme: nine colours that stay apart for the common colour-vision deficiencies. The
	 * lighter ones are too pale against white on their own, so every coloured shape has a dark outline, and
	 * every node carries a label: colour is never the only cue.
	 */
	private static final Map<Sector, String> COLOURS = new EnumMap<>(Map.of(
			Sector.POLICE, "#332288",
			Sector.MENTAL_HEALTH_CARE, "#CC6677",
			Sector.SOCIAL_CARE, "#DDCC77",
			Sector.EDUCATION, "#117733",
			Sector.YOUTH_WORK, "#88CCEE",
			Sector.PRISON_AND_PROBATION, "#882255",
			Sector.EXIT_PROGRAMME, "#44AA99",
			Sector.LOCAL_AUTHORITY, "#999933",
			Sector.NGO_COMMUNITY, "#AA4499"));

	/** A member agency as the picture needs it. */
	record Member(String name, Sector sector) {
	}

	/** Where a member agency is drawn. */
	record Node(String name, Sector sector, double x, double y) {
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
	private final Layout layout;

	private NetworkPicture(String hubName, List<Member> members, List<AgreementVersion> inForce,
			Map<Pair, Map<DataCategory, List<ClauseRef>>> coverage) {
		this.hubName = hubName;
		this.members = members;
		this.inForce = inForce;
		this.coverage = coverage;
		this.layout = new Layout(hubName, members, arrows());
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
	String ariaLabel() {
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
			.map(entry -> new LegendEntry(entry.getKey().label(), COLOURS.get(entry.getKey()), List.copyOf(entry.getValue())))
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

	List<Node> nodes() {
		return layout.nodes;
	}

	public String svg() {
		return layout.svg(ariaLabel());
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

	/**
	 * Where everything goes, in the SVG's own units, the hub at (0, 0). Agencies sit on a circle in sector
	 * order, one empty slot between sector groups, each labelled outside the circle; each group's sector tag
	 * sits further in, at the middle of its arc. Dashed lines join the hub to each tag and each tag to its
	 * agencies, so every agency is linked to the hub through its sector; arrows run between the sector tags,
	 * bent around the hub.
	 * Every label goes at the first of a few places that overlaps nothing already placed, and the viewBox
	 * is whatever the content needs, so nothing is cut off.
	 */
	private static final class Layout {

		private static final String INK = "#1b1f24";
		private static final String HUB_FILL = "#0b4f6c";
		private static final String MEMBER_LINE = "#6b7380";
		private static final double SLOT = 72;
		private static final double MIN_RADIUS = 360;
		private static final double INNER = 0.66;
		private static final double NODE_RADIUS = 13;
		private static final double LINE_HEIGHT = 18;
		private static final double PADDING = 16;
		/** Average advance of a character, generous so that a wide sans-serif still fits the boxes. */
		private static final double CHAR_WIDTH = 8.4;
		private static final double BOLD_CHAR_WIDTH = 9.4;
		private static final double[] ALONG = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85 };
		private static final double[] ACROSS = { 0, 15, -15, 30, -30 };

		private record Point(double x, double y) {

			Point plus(Point other) {
				return new Point(x + other.x, y + other.y);
			}

			Point minus(Point other) {
				return new Point(x - other.x, y - other.y);
			}

			Point times(double factor) {
				return new Point(x * factor, y * factor);
			}

			double length() {
				return Math.hypot(x, y);
			}

			Point unit() {
				var length = length();
				return length < 1e-9 ? new Point(0, -1) : times(1 / length);
			}

			/** A quarter turn clockwise on screen, where y points down. */
			Point turned() {
				return new Point(-y, x);
			}

			static Point lerp(Point a, Point b, double t) {
				return new Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
			}

			static Point polar(double angle, double distance) {
				return new Point(Math.cos(angle) * distance, Math.sin(angle) * distance);
			}
		}

		private record Box(double x, double y, double width, double height) {

			static Box around(Point centre, double width, double height) {
				return new Box(centre.x - width / 2, centre.y - height / 2, width, height);
			}

			boolean contains(Point p) {
				return p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height;
			}

			double overlap(Box other) {
				var w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
				var h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
				return w <= 0 || h <= 0 ? 0 : w * h;
			}

			Box grown(double by) {
				return new Box(x - by, y - by, width + 2 * by, height + 2 * by);
			}

			Box union(Box other) {
				var left = Math.min(x, other.x);
				var top = Math.min(y, other.y);
				return new Box(left, top, Math.max(x + width, other.x + other.width) - left,
						Math.max(y + height, other.y + other.height) - top);
			}
		}

		/** A cubic Bézier curve: arrows are quadratic curves raised to cubic, loops are cubic. */
		private record Curve(Point p0, Point p1, Point p2, Point p3) {

			static Curve quadratic(Point from, Point control, Point to) {
				return new Curve(from, Point.lerp(from, control, 2.0 / 3), Point.lerp(to, control, 2.0 / 3), to);
			}

			Point at(double t) {
				return blossom(t, t, t);
			}

			/** Which way is "across" the curve at t. */
			Point normal(double t) {
				return at(Math.min(1, t + 0.01)).minus(at(Math.max(0, t - 0.01))).turned().unit();
			}

			/** The same curve between two of its parameters (de Casteljau, through the curve's blossom). */
			Curve between(double t0, double t1) {
				return new Curve(blossom(t0, t0, t0), blossom(t0, t0, t1), blossom(t0, t1, t1), blossom(t1, t1, t1));
			}

			private Point blossom(double a, double b, double c) {
				var q0 = Point.lerp(p0, p1, a);
				var q1 = Point.lerp(p1, p2, a);
				var q2 = Point.lerp(p2, p3, a);
				return Point.lerp(Point.lerp(q0, q1, b), Point.lerp(q1, q2, b), c);
			}
		}

		/** A text of one or more lines, its anchor and first baseline, and the box it covers. */
		private record Label(List<String> lines, double x, double firstBaseline, String anchor, Box box) {
		}

		private record SectorTag(Sector sector, Point anchor, List<String> lines, Box box) {
		}

		private record AgencyDrawing(Node node, Label label, Point leaderFrom, Point leaderTo) {
		}

		private record FlowDrawing(Curve curve, String text, Box box) {
		}

		private final List<Node> nodes = new ArrayList<>();
		private final List<AgencyDrawing> agencies = new ArrayList<>();
		private final Map<Sector, SectorTag> sectorTags = new EnumMap<>(Sector.class);
		private final List<FlowDrawing> flows = new ArrayList<>();
		private final Point centre;
		private final double radius;
		private final List<String> hubLines;
		private final Box hubBox;

		Layout(String hubName, List<Member> members, List<Arrow> covered) {
			var groups = members.stream().map(Member::sector).distinct().count();
			var slots = members.size() + (groups > 1 ? groups : 0);
			radius = Math.max(MIN_RADIUS, slots * SLOT / (2 * Math.PI));
			centre = new Point(0, 0);
			hubLines = wrap(hubName, 16, 3);
			hubBox = Box.around(centre, Math.max(150, longest(hubLines) * 10.5 + 36), hubLines.size() * 21 + 26);
			var slotOf = slots(members);
			var angles = placeMembers(members, slotOf, slots, start(members, slotOf, slots));
			placeSectorTags(angles);
			placeFlows(covered.stream().filter(Arrow::drawn).toList());
		}

		/** Each member's slot on the circle, in sector order, with an empty slot after each sector group. */
		private static int[] slots(List<Member> members) {
			var slotOf = new int[members.size()];
			var slot = 0;
			for (int i = 0; i < members.size(); i++) {
				if (i > 0 && members.get(i).sector() != members.get(i - 1).sector()) {
					slot++;
				}
				slotOf[i] = slot++;
			}
			return slotOf;
		}

		/**
		 * Where the first slot goes: the turn of the circle at which the sector tags crowd each other least.
		 * Tags are wide, so small groups fit best at the sides, where tags stack, and large ones at the top and
		 * bottom. Tried in a fixed order, so the choice is the same every time.
		 */
		private double start(List<Member> members, int[] slotOf, long slots) {
			var best = Math.PI;
			var leastOverlap = Double.MAX_VALUE;
			for (int step = 0; step < 2 * slots; step++) {
				var start = Math.PI + Math.PI * step / slots;
				var tags = new ArrayList<SectorTag>();
				groupAngles(members, slotOf, slots, start).forEach((sector, angles) ->
						tags.add(sectorTag(sector, (angles.getFirst() + angles.getLast()) / 2)));
				var overlap = 0.0;
				for (int i = 0; i < tags.size(); i++) {
					for (int j = i + 1; j < tags.size(); j++) {
						overlap += tags.get(i).box.grown(30).overlap(tags.get(j).box.grown(30));
					}
				}
				if (overlap < leastOverlap - 1e-6) {
					best = start;
					leastOverlap = overlap;
				}
			}
			return best;
		}

		private static Map<Sector, List<Double>> groupAngles(List<Member> members, int[] slotOf, long slots, double start) {
			var angles = new EnumMap<Sector, List<Double>>(Sector.class);
			for (int i = 0; i < members.size(); i++) {
				angles.computeIfAbsent(members.get(i).sector(), sector -> new ArrayList<>())
					.add(start + 2 * Math.PI * slotOf[i] / slots);
			}
			return angles;
		}

		private Map<Sector, List<Double>> placeMembers(List<Member> members, int[] slotOf, long slots, double start) {
			var taken = new ArrayList<Box>();
			for (int i = 0; i < members.size(); i++) {
				var member = members.get(i);
				var at = centre.plus(Point.polar(start + 2 * Math.PI * slotOf[i] / slots, radius));
				nodes.add(new Node(member.name(), member.sector(), at.x, at.y));
				taken.add(Box.around(at, 2 * NODE_RADIUS + 4, 2 * NODE_RADIUS + 4));
			}
			for (var node : nodes) {
				var drawing = agencyLabel(node, taken);
				taken.add(drawing.label.box.grown(2));
				agencies.add(drawing);
			}
			return groupAngles(members, slotOf, slots, start);
		}

		/**
		 * Outside the circle, pointing away from the hub: above near the top, below near the bottom, beside
		 * elsewhere. A label that would cover another first tries hanging lower or standing higher beside its
		 * node, then moves further out, with a thin line back to its node.
		 */
		private AgencyDrawing agencyLabel(Node node, List<Box> taken) {
			var at = new Point(node.x(), node.y());
			var out = at.minus(centre).unit();
			var lines = wrap(node.name(), 22, 3);
			Label label = null;
			Point leaderTo = null;
			search:
			for (int push = 0; push < 12; push++) {
				var from = at.plus(out.times(push * 12.0));
				leaderTo = from;
				for (var shift : Math.abs(out.x) < 0.2 ? new int[] { 0 } : new int[] { 0, 1, -1 }) {
					label = Math.abs(out.x) < 0.2 ? stacked(lines, from, out.y < 0) : beside(lines, from, out, shift);
					var box = label.box;
					if (taken.stream().noneMatch(other -> other.overlap(box) > 0)) {
						break search;
					}
				}
			}
			var leaderFrom = leaderTo.equals(at) ? at : at.plus(out.times(NODE_RADIUS + 2));
			return new AgencyDrawing(node, label, leaderFrom, leaderTo);
		}

		private static Label stacked(List<String> lines, Point node, boolean above) {
			var first = above ? node.y - NODE_RADIUS - 9 - (lines.size() - 1) * LINE_HEIGHT : node.y + NODE_RADIUS + 20;
			return label(lines, node.x, first, "middle", CHAR_WIDTH);
		}

		/** Beside the node: centred on it, or hanging below it (shift 1) or standing above it (shift -1). */
		private static Label beside(List<String> lines, Point node, Point out, int shift) {
			var x = node.x + Math.signum(out.x) * (NODE_RADIUS + 8);
			var middle = node.y + out.y * 8 + shift * ((lines.size() - 1) * LINE_HEIGHT / 2 + 6);
			return label(lines, x, middle + 5 - (lines.size() - 1) * LINE_HEIGHT / 2, out.x > 0 ? "start" : "end",
					CHAR_WIDTH);
		}

		/** The box a text covers, from its anchor, first baseline and an estimate of its width. */
		private static Label label(List<String> lines, double x, double firstBaseline, String anchor, double charWidth) {
			var width = longest(lines) * charWidth;
			var left = switch (anchor) {
				case "start" -> x;
				case "end" -> x - width;
				default -> x - width / 2;
			};
			var box = new Box(left, firstBaseline - 14, width, (lines.size() - 1) * LINE_HEIGHT + 19);
			return new Label(lines, x, firstBaseline, anchor, box);
		}

		/** Each sector's tag at the middle of its group's arc; tags that would touch slide apart along the circle. */
		private void placeSectorTags(Map<Sector, List<Double>> angles) {
			var sectors = List.copyOf(angles.keySet());
			var middles = sectors.stream().mapToDouble(sector -> {
				var list = angles.get(sector);
				return (list.getFirst() + list.getLast()) / 2;
			}).toArray();
			var tags = new ArrayList<SectorTag>();
			for (int round = 0; round < 500; round++) {
				tags.clear();
				for (int i = 0; i < sectors.size(); i++) {
					tags.add(sectorTag(sectors.get(i), middles[i]));
				}
				var moved = false;
				for (int i = 0; sectors.size() > 1 && i < sectors.size(); i++) {
					var j = (i + 1) % sectors.size();
					if (sectors.size() == 2 && i == 1) {
						break;
					}
					if (tags.get(i).box.grown(5).overlap(tags.get(j).box) > 0) {
						middles[i] -= 0.004;
						middles[j] += 0.004;
						moved = true;
					}
				}
				if (!moved) {
					break;
				}
			}
			tags.forEach(tag -> sectorTags.put(tag.sector, tag));
		}

		private SectorTag sectorTag(Sector sector, double angle) {
			var anchor = centre.plus(Point.polar(angle, radius * INNER));
			var lines = wrap(sector.label(), 12, 2);
			var box = Box.around(anchor, longest(lines) * BOLD_CHAR_WIDTH + 42, lines.size() * LINE_HEIGHT + 14);
			return new SectorTag(sector, anchor, lines, box);
		}

		/**
		 * First every curve, then every label: a label keeps clear of the hub, the sector tags, the arrowheads
		 * and the labels placed before it, and as far as it can of the other arrows.
		 */
		private void placeFlows(List<Arrow> drawn) {
			var ports = ports(drawn);
			var curves = new ArrayList<Curve>();
			for (int i = 0; i < drawn.size(); i++) {
				var arrow = drawn.get(i);
				var from = sectorTags.get(arrow.from());
				var to = sectorTags.get(arrow.to());
				var curve = arrow.from() == arrow.to() ? loop(from) : between(from, to, ports[i][0], ports[i][1],
						drawn.stream().anyMatch(other -> other.from() == arrow.to() && other.to() == arrow.from()));
				curves.add(trimmed(curve, from.box.grown(5), to.box.grown(5)));
			}
			var solid = new ArrayList<Box>();
			solid.add(hubBox.grown(6));
			sectorTags.values().forEach(tag -> solid.add(tag.box.grown(4)));
			curves.forEach(curve -> solid.add(Box.around(curve.p3, 20, 20)));
			for (int i = 0; i < drawn.size(); i++) {
				var text = drawn.get(i).label();
				var box = placeFlowLabel(i, curves, text.length() * CHAR_WIDTH * 0.95 + 18, solid);
				solid.add(box.grown(3));
				flows.add(new FlowDrawing(curves.get(i), text, box));
			}
		}

		/**
		 * Where each arrow leaves its sector tag and where it enters the other: spread along the tag in the order
		 * of the arrows' other ends, left to right, so that arrows meeting at one tag do not pile onto one point.
		 */
		private Point[][] ports(List<Arrow> drawn) {
			var ports = new Point[drawn.size()][2];
			var ends = new EnumMap<Sector, List<int[]>>(Sector.class);
			for (int i = 0; i < drawn.size(); i++) {
				var arrow = drawn.get(i);
				if (arrow.from() != arrow.to()) {
					ends.computeIfAbsent(arrow.from(), sector -> new ArrayList<>()).add(new int[] { i, 0 });
					ends.computeIfAbsent(arrow.to(), sector -> new ArrayList<>()).add(new int[] { i, 1 });
				}
			}
			ends.forEach((sector, list) -> {
				var tag = sectorTags.get(sector);
				list.sort(Comparator.<int[]>comparingDouble(end -> {
					var arrow = drawn.get(end[0]);
					return sectorTags.get(end[1] == 0 ? arrow.to() : arrow.from()).anchor.x;
				}).thenComparingInt(end -> end[0]).thenComparingInt(end -> end[1]));
				var spacing = list.size() > 1 ? Math.min(24, (tag.box.width - 28) / (list.size() - 1)) : 0;
				for (int k = 0; k < list.size(); k++) {
					var offset = (k - (list.size() - 1) / 2.0) * spacing;
					ports[list.get(k)[0]][list.get(k)[1]] = new Point(tag.anchor.x + offset, tag.anchor.y);
				}
			});
			return ports;
		}

		private static Box placeFlowLabel(int index, List<Curve> curves, double width, List<Box> solid) {
			var curve = curves.get(index);
			Box best = null;
			var leastCost = Double.MAX_VALUE;
			for (var across : ACROSS) {
				for (var t : ALONG) {
					var box = Box.around(curve.at(t).plus(curve.normal(t).times(across)), width, 24);
					var cost = 100 * solid.stream().mapToDouble(box::overlap).sum();
					for (int other = 0; other < curves.size(); other++) {
						if (other != index) {
							cost += 40 * crossings(box, curves.get(other));
						}
					}
					if (cost < leastCost) {
						best = box;
						leastCost = cost;
					}
					if (cost == 0) {
						return box;
					}
				}
			}
			return best;
		}

		/** How many of a curve's sample points fall inside a box: a label there would hide part of the arrow. */
		private static int crossings(Box box, Curve curve) {
			var inside = 0;
			for (int i = 1; i < 40; i++) {
				if (box.contains(curve.at(i / 40.0))) {
					inside++;
				}
			}
			return inside;
		}

		/** Bent inwards, but never closer to the centre than the hub allows; the two directions of a pair apart. */
		private Curve between(SectorTag from, SectorTag to, Point start, Point end, boolean bothWays) {
			var middle = Point.lerp(start, end, 0.5);
			var outwards = middle.minus(centre);
			var clearance = hubBox.width / 2 + 45;
			var direction = outwards.length() > 1 ? outwards.unit() : canonical(from, to).turned().unit();
			var peak = centre.plus(direction.times(Math.max(clearance, outwards.length() * 0.7)));
			if (bothWays) {
				peak = peak.plus(to.anchor.minus(from.anchor).turned().unit().times(30));
			}
			return Curve.quadratic(start, peak.times(2).minus(middle), end);
		}

		/** The chord of a pair, always taken in sector order, so that a pair bends the same way in both directions. */
		private static Point canonical(SectorTag from, SectorTag to) {
			return from.sector.compareTo(to.sector) < 0 ? to.anchor.minus(from.anchor) : from.anchor.minus(to.anchor);
		}

		/** A flow within one sector: a loop from the sector tag towards the centre and back. */
		private Curve loop(SectorTag tag) {
			var inwards = centre.minus(tag.anchor).unit();
			var across = inwards.turned();
			var reach = tag.box.height / 2 + 110;
			return new Curve(tag.anchor.minus(across.times(14)),
					tag.anchor.plus(inwards.times(reach)).minus(across.times(70)),
					tag.anchor.plus(inwards.times(reach)).plus(across.times(70)),
					tag.anchor.plus(across.times(14)));
		}

		/** The curve from where it leaves its start box to where it enters its end box. */
		private static Curve trimmed(Curve curve, Box start, Box end) {
			var steps = 400;
			var t0 = 0.0;
			for (int i = 0; i <= steps && start.contains(curve.at((double) i / steps)); i++) {
				t0 = (double) (i + 1) / steps;
			}
			var t1 = 1.0;
			for (int i = steps; i >= 0 && end.contains(curve.at((double) i / steps)); i--) {
				t1 = (double) (i - 1) / steps;
			}
			return t1 > t0 ? curve.between(t0, t1) : curve;
		}

		/** Everything drawn, with a margin: the viewBox, so that the picture scales and nothing is cut off. */
		private Box bounds() {
			var bounds = hubBox;
			for (var agency : agencies) {
				bounds = bounds.union(agency.label.box).union(Box.around(new Point(agency.node.x(), agency.node.y()),
						2 * NODE_RADIUS, 2 * NODE_RADIUS));
			}
			for (var tag : sectorTags.values()) {
				bounds = bounds.union(tag.box);
			}
			for (var flow : flows) {
				bounds = bounds.union(flow.box);
			}
			return bounds.grown(PADDING);
		}

		String svg(String ariaLabel) {
			var view = bounds();
			var svg = new StringBuilder(8192);
			svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network-svg\" viewBox=\"").append(n(view.x))
				.append(' ').append(n(view.y)).append(' ').append(n(view.width)).append(' ').append(n(view.height))
				.append("\" width=\"").append(n(view.width)).append("\" height=\"").append(n(view.height))
				.append("\" role=\"img\" aria-label=\"").append(escape(ariaLabel))
				.append("\" font-family=\"system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif\" font-size=\"15\">");
			svg.append("<defs><marker id=\"network-arrowhead\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" ")
				.append("markerUnits=\"userSpaceOnUse\" markerWidth=\"14\" markerHeight=\"14\" orient=\"auto\">")
				.append("<path d=\"M0 0L10 5L0 10z\" fill=\"").append(INK).append("\"/></marker></defs>");
			membership(svg);
			flowLines(svg);
			sectorTags(svg);
			hub(svg);
			agencies(svg);
			flowLabels(svg);
			return svg.append("</svg>").toString();
		}

		/** Hub to each sector tag, and each tag to its agencies: who belongs to the hub, grouped by sector. */
		private void membership(StringBuilder svg) {
			svg.append("<g class=\"network-svg__members\" stroke=\"").append(MEMBER_LINE)
				.append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\">");
			for (var tag : sectorTags.values()) {
				line(svg, centre, tag.anchor);
			}
			for (var node : nodes) {
				line(svg, sectorTags.get(node.sector()).anchor, new Point(node.x(), node.y()));
			}
			svg.append("</g>");
		}

		private static void line(StringBuilder svg, Point from, Point to) {
			svg.append("<line x1=\"").append(n(from.x)).append("\" y1=\"").append(n(from.y)).append("\" x2=\"")
				.append(n(to.x)).append("\" y2=\"").append(n(to.y)).append("\"/>");
		}

		private void flowLines(StringBuilder svg) {
			svg.append("<g class=\"network-svg__flows\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"2.5\">");
			for (var flow : flows) {
				var c = flow.curve;
				svg.append("<path d=\"M").append(xy(c.p0)).append('C').append(xy(c.p1)).append(' ').append(xy(c.p2))
					.append(' ').append(xy(c.p3)).append("\" marker-end=\"url(#network-arrowhead)\"/>");
			}
			svg.append("</g>");
		}

		private void sectorTags(StringBuilder svg) {
			for (var tag : sectorTags.values()) {
				var box = tag.box;
				svg.append("<g class=\"network-svg__sector\">");
				rect(svg, box, 6, "#fff", 1.5);
				svg.append("<circle cx=\"").append(n(box.x + 16)).append("\" cy=\"").append(n(tag.anchor.y))
					.append("\" r=\"7\" fill=\"").append(COLOURS.get(tag.sector)).append("\" stroke=\"").append(INK)
					.append("\" stroke-width=\"1.5\"/>");
				text(svg, tag.lines, box.x + 30, tag.anchor.y + 5 - (tag.lines.size() - 1) * LINE_HEIGHT / 2, "start",
						LINE_HEIGHT, "network-svg__sector-name", INK, " font-weight=\"700\" font-size=\"14\"");
				svg.append("</g>");
			}
		}

		private void hub(StringBuilder svg) {
			svg.append("<g class=\"network-svg__hub\">");
			rect(svg, hubBox, 10, HUB_FILL, 2);
			text(svg, hubLines, centre.x, centre.y + 6 - (hubLines.size() - 1) * 21 / 2.0, "middle", 21,
					"network-svg__hub-name", "#fff", " font-weight=\"700\" font-size=\"17\"");
			svg.append("</g>");
		}

		private void agencies(StringBuilder svg) {
			for (var agency : agencies) {
				var node = agency.node;
				svg.append("<g class=\"network-svg__agency\">");
				if (!agency.leaderFrom.equals(agency.leaderTo)) {
					svg.append("<g stroke=\"").append(MEMBER_LINE).append("\" stroke-width=\"1\">");
					line(svg, agency.leaderFrom, agency.leaderTo);
					svg.append("</g>");
				}
				svg.append("<circle cx=\"").append(n(node.x())).append("\" cy=\"").append(n(node.y())).append("\" r=\"")
					.append(n(NODE_RADIUS)).append("\" fill=\"").append(COLOURS.get(node.sector())).append("\" stroke=\"")
					.append(INK).append("\" stroke-width=\"2\"/>");
				var label = agency.label;
				text(svg, label.lines, label.x, label.firstBaseline, label.anchor, LINE_HEIGHT, "network-svg__agency-name",
						INK, "");
				svg.append("</g>");
			}
		}

		private void flowLabels(StringBuilder svg) {
			for (var flow : flows) {
				var box = flow.box;
				svg.append("<g class=\"network-svg__flow-label\">");
				rect(svg, box, 4, "#fff", 1);
				text(svg, List.of(flow.text), box.x + box.width / 2, box.y + 17, "middle", LINE_HEIGHT,
						"network-svg__categories", INK, " font-size=\"14\"");
				svg.append("</g>");
			}
		}

		private static void rect(StringBuilder svg, Box box, double corner, String fill, double strokeWidth) {
			svg.append("<rect x=\"").append(n(box.x)).append("\" y=\"").append(n(box.y)).append("\" width=\"")
				.append(n(box.width)).append("\" height=\"").append(n(box.height)).append("\" rx=\"").append(n(corner))
				.append("\" fill=\"").append(fill).append("\" stroke=\"").append(INK).append("\" stroke-width=\"")
				.append(n(strokeWidth)).append("\"/>");
		}

		private static void text(StringBuilder svg, List<String> lines, double x, double firstBaseline, String anchor,
				double lineHeight, String cssClass, String fill, String attributes) {
			svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"")
				.append(n(firstBaseline)).append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill)
				.append('"').append(attributes).append('>');
			for (int i = 0; i < lines.size(); i++) {
				svg.append("<tspan x=\"").append(n(x)).append('"');
				if (i > 0) {
					svg.append(" dy=\"").append(n(lineHeight)).append('"');
				}
				svg.append('>').append(escape(lines.get(i))).append("</tspan>");
			}
			svg.append("</text>");
		}

		/** Words on lines of at most {@code width} characters (a longer word keeps a line to itself), "…" past the last. */
		static List<String> wrap(String text, int width, int maxLines) {
			var lines = new ArrayList<String>();
			var line = new StringBuilder();
			for (var word : text.strip().split("\\s+")) {
				if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(line.isEmpty() ? "" : " ").append(word);
			}
			lines.add(line.toString());
			if (lines.size() <= maxLines) {
				return lines;
			}
			var kept = new ArrayList<>(lines.subList(0, maxLines));
			var last = kept.getLast();
			var cut = last.codePointCount(0, last.length()) < width ? last
					: last.substring(0, last.offsetByCodePoints(0, width - 1));
			kept.set(maxLines - 1, cut.strip() + "…");
			return kept;
		}

		private static int longest(List<String> lines) {
			return lines.stream().mapToInt(line -> line.codePointCount(0, line.length())).max().orElse(0);
		}

		private static String xy(Point p) {
			return n(p.x) + " " + n(p.y);
		}

		/** One decimal, no locale: the same picture on every machine. */
		private static String n(double value) {
			var rounded = Math.round(value * 10) / 10.0;
			return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
					: String.format(Locale.ROOT, "%.1f", rounded);
		}
	}

	/** Text for SVG content and attributes: agency and hub names may hold &, quotes and apostrophes. */
	static String escape(String text) {
		var escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
