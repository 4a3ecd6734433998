package eu.tandem.hub;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import eu.tandem.agency.Sector;
import eu.tandem.hub.NetworkDrawing.Agency;
import eu.tandem.hub.NetworkDrawing.Anchor;
import eu.tandem.hub.NetworkDrawing.Box;
import eu.tandem.hub.NetworkDrawing.Disc;
import eu.tandem.hub.NetworkDrawing.FlowArrow;
import eu.tandem.hub.NetworkDrawing.Hub;
import eu.tandem.hub.NetworkDrawing.Line;
import eu.tandem.hub.NetworkDrawing.Point;
import eu.tandem.hub.NetworkDrawing.SectorTag;
import eu.tandem.hub.NetworkDrawing.Text;
import eu.tandem.hub.NetworkPicture.Arrow;
import eu.tandem.hub.NetworkPicture.Member;

import static eu.tandem.hub.NetworkDrawing.CENTRE;

/**
 * Where everything in a network picture goes, the hub at (0, 0). Agencies sit on a circle in sector order, one
 * empty slot between sector groups, each labelled outside the circle; each group's sector tag sits further in, at
 * the middle of its arc. Dashed lines join the hub to each tag and each tag to its agencies, so every agency is
 * linked to the hub through its sector; arrows run between the sector tags ({@link NetworkArrows}).
 * <p>
 * Every label goes at the first of a few places that overlaps nothing already placed, and the view is whatever
 * the content needs, so nothing is cut off. Text widths are estimates for the template's fonts: 15 units for an
 * agency, 14 bold for a sector, 17 bold for the hub.
 */
final class NetworkLayout {

	private static final double SLOT = 72;
	private static final double MIN_RADIUS = 360;
	private static final double INNER = 0.66;
	private static final double NODE_RADIUS = 13;
	private static final double DOT_RADIUS = 7;
	static final double LINE_HEIGHT = 18;
	private static final double HUB_LINE_HEIGHT = 21;
	private static final double PADDING = 16;
	/** Average advance of a character, generous so that a wide sans-serif still fits the boxes. */
	static final double CHAR_WIDTH = 8.4;
	private static final double BOLD_CHAR_WIDTH = 9.4;
	private static final double HUB_CHAR_WIDTH = 10.5;

	private final double radius;
	private final Hub hub;
	private final List<Agency> agencies = new ArrayList<>();
	private final Map<Sector, SectorTag> sectorTags = new EnumMap<>(Sector.class);
	private final Function<Sector, String> sectorNames;

	private NetworkLayout(String hubName, List<Member> members, Function<Sector, String> sectorNames) {
		this.sectorNames = sectorNames;
		var groups = members.stream().map(Member::sector).distinct().count();
		var slots = members.size() + (groups > 1 ? groups : 0);
		radius = Math.max(MIN_RADIUS, slots * SLOT / (2 * Math.PI));
		var hubLines = wrap(hubName, 16, 3);
		hub = new Hub(Box.around(CENTRE, Math.max(150, longest(hubLines) * HUB_CHAR_WIDTH + 36),
				hubLines.size() * HUB_LINE_HEIGHT + 26),
				new Text(hubLines, CENTRE.x(), CENTRE.y() + 6 - (hubLines.size() - 1) * HUB_LINE_HEIGHT / 2, Anchor.MIDDLE,
						HUB_LINE_HEIGHT));
		var slotOf = slots(members);
		var angles = placeMembers(members, slotOf, slots, start(members, slotOf, slots));
		placeSectorTags(angles);
	}

	/**
	 * The picture of a hub's members, in sector order, and of the covered flows whose sectors both have a member
	 * here; each sector's tag bears its name in the reader's language.
	 */
	static NetworkDrawing draw(String hubName, List<Member> members, List<Arrow> drawn, Function<Sector, String> sectorNames) {
		var layout = new NetworkLayout(hubName, members, sectorNames);
		return layout.drawing(NetworkArrows.draw(layout.sectorTags, layout.hub.box(), drawn));
	}

	private NetworkDrawing drawing(List<FlowArrow> flows) {
		var membership = new ArrayList<Line>();
		sectorTags.values().forEach(tag -> membership.add(new Line(CENTRE, tag.anchor())));
		agencies.forEach(agency -> membership.add(new Line(sectorTags.get(agency.sector()).anchor(), agency.node().centre())));
		return new NetworkDrawing(bounds(flows), hub, membership, List.copyOf(sectorTags.values()), agencies, flows);
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
	 * Where the first slot goes: the turn of the circle at which the sector tags crowd each other least. Tags are
	 * wide, so small groups fit best at the sides, where tags stack, and large ones at the top and bottom. Tried in
	 * a fixed order, so the choice is the same every time.
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
					overlap += tags.get(i).box().grown(30).overlap(tags.get(j).box().grown(30));
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
		var nodes = new ArrayList<Point>();
		for (int i = 0; i < members.size(); i++) {
			var at = CENTRE.plus(Point.polar(start + 2 * Math.PI * slotOf[i] / slots, radius));
			nodes.add(at);
			taken.add(Box.around(at, 2 * NODE_RADIUS + 4, 2 * NODE_RADIUS + 4));
		}
		for (int i = 0; i < members.size(); i++) {
			var agency = agency(members.get(i), nodes.get(i), taken);
			taken.add(agency.labelBox().grown(2));
			agencies.add(agency);
		}
		return groupAngles(members, slotOf, slots, start);
	}

	/**
	 * Outside the circle, pointing away from the hub: above near the top, below near the bottom, beside elsewhere.
	 * A label that would cover another first tries hanging lower or standing higher beside its node, then moves
	 * further out, with a thin line back to its node.
	 */
	private Agency agency(Member member, Point at, List<Box> taken) {
		var out = at.minus(CENTRE).unit();
		var lines = wrap(member.name(), 22, 3);
		var aboveOrBelow = Math.abs(out.x()) < 0.2;
		Text label = null;
		Box box = null;
		Point leaderTo = null;
		search:
		for (int push = 0; push < 12; push++) {
			var from = at.plus(out.times(push * 12.0));
			leaderTo = from;
			for (var shift : aboveOrBelow ? new int[] { 0 } : new int[] { 0, 1, -1 }) {
				label = aboveOrBelow ? stacked(lines, from, out.y() < 0) : beside(lines, from, out, shift);
				var candidate = covered(label, CHAR_WIDTH);
				box = candidate;
				if (taken.stream().noneMatch(other -> other.overlap(candidate) > 0)) {
					break search;
				}
			}
		}
		var leader = leaderTo.equals(at) ? null : new Line(at.plus(out.times(NODE_RADIUS + 2)), leaderTo);
		return new Agency(member.name(), member.sector(),
				new Disc(at, NODE_RADIUS, NetworkDrawing.colour(member.sector())), label, box, leader);
	}

	private static Text stacked(List<String> lines, Point node, boolean above) {
		var first = above ? node.y() - NODE_RADIUS - 9 - (lines.size() - 1) * LINE_HEIGHT : node.y() + NODE_RADIUS + 20;
		return new Text(lines, node.x(), first, Anchor.MIDDLE, LINE_HEIGHT);
	}

	/** Beside the node: centred on it, or hanging below it (shift 1) or standing above it (shift -1). */
	private static Text beside(List<String> lines, Point node, Point out, int shift) {
		var x = node.x() + Math.signum(out.x()) * (NODE_RADIUS + 8);
		var middle = node.y() + out.y() * 8 + shift * ((lines.size() - 1) * LINE_HEIGHT / 2 + 6);
		return new Text(lines, x, middle + 5 - (lines.size() - 1) * LINE_HEIGHT / 2, out.x() > 0 ? Anchor.START : Anchor.END,
				LINE_HEIGHT);
	}

	/** The box a text covers, from its anchor, first baseline and an estimate of its width. */
	private static Box covered(Text text, double charWidth) {
		var width = longest(text.lines()) * charWidth;
		var left = switch (text.anchor()) {
			case START -> text.x();
			case END -> text.x() - width;
			case MIDDLE -> text.x() - width / 2;
		};
		return new Box(left, text.baseline() - 14, width, (text.lines().size() - 1) * LINE_HEIGHT + 19);
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
				if (tags.get(i).box().grown(5).overlap(tags.get(j).box()) > 0) {
					middles[i] -= 0.004;
					middles[j] += 0.004;
					moved = true;
				}
			}
			if (!moved) {
				break;
			}
		}
		tags.forEach(tag -> sectorTags.put(tag.sector(), tag));
	}

	/** A box around the anchor, a dot of the sector's colour at its left, and the sector's name beside the dot. */
	private SectorTag sectorTag(Sector sector, double angle) {
		var anchor = CENTRE.plus(Point.polar(angle, radius * INNER));
		var lines = wrap(sectorNames.apply(sector), 12, 2);
		var box = Box.around(anchor, longest(lines) * BOLD_CHAR_WIDTH + 42, lines.size() * LINE_HEIGHT + 14);
		return new SectorTag(sector, anchor, box,
				new Disc(new Point(box.x() + 16, anchor.y()), DOT_RADIUS, NetworkDrawing.colour(sector)),
				new Text(lines, box.x() + 30, anchor.y() + 5 - (lines.size() - 1) * LINE_HEIGHT / 2, Anchor.START,
						LINE_HEIGHT));
	}

	/** Everything drawn, with a margin. */
	private Box bounds(List<FlowArrow> flows) {
		var bounds = hub.box();
		for (var agency : agencies) {
			bounds = bounds.union(agency.labelBox())
				.union(Box.around(agency.node().centre(), 2 * NODE_RADIUS, 2 * NODE_RADIUS));
		}
		for (var tag : sectorTags.values()) {
			bounds = bounds.union(tag.box());
		}
		for (var flow : flows) {
			bounds = bounds.union(flow.box());
		}
		return bounds.grown(PADDING);
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
}
