package eu.tandem.hub;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.tandem.agency.Sector;
import org.jspecify.annotations.Nullable;

/**
 * Where everything in a hub's network picture goes, as {@link NetworkLayout} works it out: the geometry alone, in
 * the SVG's own units with the hub at (0, 0). How it is drawn (elements, strokes, fonts) is the template's,
 * hub/network-svg.html. Every number is rounded to one decimal: the same picture on every machine, and short numbers
 * in the markup; the layout works at full precision and rounds once, here.
 *
 * @param view everything drawn, with a margin: the viewBox, so that the picture scales and nothing is cut off
 * @param membership the dashed lines from the hub to each sector tag and from each tag to its agencies
 */
record NetworkDrawing(Box view, Hub hub, List<Line> membership, List<SectorTag> sectors, List<Agency> agencies,
		List<FlowArrow> flows) {

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

	/** Where the hub is; everything else is placed around it. */
	static final Point CENTRE = new Point(0, 0);

	NetworkDrawing {
		view = view.rounded();
		hub = hub.rounded();
		membership = membership.stream().map(Line::rounded).toList();
		sectors = sectors.stream().map(SectorTag::rounded).toList();
		agencies = agencies.stream().map(Agency::rounded).toList();
		flows = flows.stream().map(FlowArrow::rounded).toList();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** A sector's colour, in the picture and in its key alike. */
	static String colour(Sector sector) {
		return COLOURS.get(sector);
	}

	/** The hub in the centre: its box and its name. */
	record Hub(Box box, Text name) {

		Hub rounded() {
			return new Hub(box.rounded(), name.rounded());
		}
	}

	/** A sector's tag, at the middle of its group's arc: a box with a dot of the sector's colour and its name. */
	record SectorTag(Sector sector, Point anchor, Box box, Disc dot, Text name) {

		SectorTag rounded() {
			return new SectorTag(sector, anchor.rounded(), box.rounded(), dot.rounded(), name.rounded());
		}
	}

	/**
	 * A member agency: its node on the circle, its label outside it, and the leader line back to the node if the
	 * label had to move away from it.
	 */
	record Agency(String name, Sector sector, Disc node, Text label, Box labelBox, @Nullable Line leader) {

		Agency rounded() {
			return new Agency(name, sector, node.rounded(), label.rounded(), labelBox.rounded(),
					leader == null ? null : leader.rounded());
		}
	}

	/** A covered flow between two sectors' tags, with the categories that may flow in a box on the way. */
	record FlowArrow(Sector from, Sector to, Curve curve, Box box, Text label) {

		FlowArrow rounded() {
			return new FlowArrow(from, to, curve.rounded(), box.rounded(), label.rounded());
		}
	}

	/** A coloured dot. */
	record Disc(Point centre, double radius, String colour) {

		Disc rounded() {
			return new Disc(centre.rounded(), round(radius), colour);
		}
	}

	/** A straight line. */
	record Line(Point from, Point to) {

		Line rounded() {
			return new Line(from.rounded(), to.rounded());
		}
	}

	/** Where a text's lines start, end or have their middle, at their x. */
	enum Anchor {
		START("start"), MIDDLE("middle"), END("end");

		private final String keyword;

		Anchor(String keyword) {
			this.keyword = keyword;
		}

		/** SVG's name for it, the value of text-anchor; public for the template, as Thymeleaf reaches no other. */
		public String keyword() {
			return keyword;
		}
	}

	/** A text of one or more lines, each at the same x, the first on {@code baseline}, the others below it. */
	record Text(List<String> lines, double x, double baseline, Anchor anchor, double lineHeight) {

		Text {
			lines = List.copyOf(lines);
		}

		Text rounded() {
			return new Text(lines, round(x), round(baseline), anchor, round(lineHeight));
		}
	}

	record Point(double x, double y) {

		Point rounded() {
			return new Point(round(x), round(y));
		}

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

	record Box(double x, double y, double width, double height) {

		Box rounded() {
			return new Box(round(x), round(y), round(width), round(height));
		}

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
	record Curve(Point p0, Point p1, Point p2, Point p3) {

		Curve rounded() {
			return new Curve(p0.rounded(), p1.rounded(), p2.rounded(), p3.rounded());
		}

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
}
