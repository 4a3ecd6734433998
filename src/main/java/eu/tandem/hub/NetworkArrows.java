package eu.tandem.hub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.tandem.agency.Sector;
import eu.tandem.hub.NetworkDrawing.Anchor;
import eu.tandem.hub.NetworkDrawing.Box;
import eu.tandem.hub.NetworkDrawing.Curve;
import eu.tandem.hub.NetworkDrawing.FlowArrow;
import eu.tandem.hub.NetworkDrawing.Point;
import eu.tandem.hub.NetworkDrawing.SectorTag;
import eu.tandem.hub.NetworkDrawing.Text;
import eu.tandem.hub.NetworkPicture.Arrow;

import static eu.tandem.hub.NetworkDrawing.CENTRE;

/**
 * The arrows of a network picture, once {@link NetworkLayout} has placed the hub at (0, 0) and the sector tags
 * around it: a curve from one sector's tag to the other's for each covered flow, bent around the hub (a loop for a
 * flow within one sector), and a box with the categories that may flow where it hides least. Widths of the
 * categories are estimates for the template's 14-unit text.
 */
final class NetworkArrows {

	private static final double CHAR_WIDTH = NetworkLayout.CHAR_WIDTH * 0.95;
	private static final double[] ALONG = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85 };
	private static final double[] ACROSS = { 0, 15, -15, 30, -30 };

	private final Map<Sector, SectorTag> sectorTags;
	private final Box hub;

	private NetworkArrows(Map<Sector, SectorTag> sectorTags, Box hub) {
		this.sectorTags = sectorTags;
		this.hub = hub;
	}

	/** The arrows of the covered flows whose sectors both have a tag, in the order given. */
	static List<FlowArrow> draw(Map<Sector, SectorTag> sectorTags, Box hub, List<Arrow> drawn) {
		return new NetworkArrows(sectorTags, hub).place(drawn);
	}

	/**
	 * First every curve, then every label: a label keeps clear of the hub, the sector tags, the arrowheads and the
	 * labels placed before it, and as far as it can of the other arrows.
	 */
	private List<FlowArrow> place(List<Arrow> drawn) {
		var ports = ports(drawn);
		var curves = new ArrayList<Curve>();
		for (int i = 0; i < drawn.size(); i++) {
			var arrow = drawn.get(i);
			var from = sectorTags.get(arrow.from());
			var to = sectorTags.get(arrow.to());
			var curve = arrow.from() == arrow.to() ? loop(from) : between(from, to, ports[i][0], ports[i][1],
					drawn.stream().anyMatch(other -> other.from() == arrow.to() && other.to() == arrow.from()));
			curves.add(trimmed(curve, from.box().grown(5), to.box().grown(5)));
		}
		var solid = new ArrayList<Box>();
		solid.add(hub.grown(6));
		sectorTags.values().forEach(tag -> solid.add(tag.box().grown(4)));
		curves.forEach(curve -> solid.add(Box.around(curve.p3(), 20, 20)));
		var flows = new ArrayList<FlowArrow>();
		for (int i = 0; i < drawn.size(); i++) {
			var arrow = drawn.get(i);
			var box = placeLabel(i, curves, arrow.label().length() * CHAR_WIDTH + 18, solid);
			solid.add(box.grown(3));
			flows.add(new FlowArrow(arrow.from(), arrow.to(), curves.get(i), box,
					new Text(List.of(arrow.label()), box.x() + box.width() / 2, box.y() + 17, Anchor.MIDDLE,
							NetworkLayout.LINE_HEIGHT)));
		}
		return flows;
	}

	/**
	 * Where each arrow leaves its sector tag and where it enters the other: spread along the tag in the order of
	 * the arrows' other ends, left to right, so that arrows meeting at one tag do not pile onto one point.
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
				return sectorTags.get(end[1] == 0 ? arrow.to() : arrow.from()).anchor().x();
			}).thenComparingInt(end -> end[0]).thenComparingInt(end -> end[1]));
			var spacing = list.size() > 1 ? Math.min(24, (tag.box().width() - 28) / (list.size() - 1)) : 0;
			for (int k = 0; k < list.size(); k++) {
				var offset = (k - (list.size() - 1) / 2.0) * spacing;
				ports[list.get(k)[0]][list.get(k)[1]] = new Point(tag.anchor().x() + offset, tag.anchor().y());
			}
		});
		return ports;
	}

	private static Box placeLabel(int index, List<Curve> curves, double width, List<Box> solid) {
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
		var outwards = middle.minus(CENTRE);
		var clearance = hub.width() / 2 + 45;
		var direction = outwards.length() > 1 ? outwards.unit() : canonical(from, to).turned().unit();
		var peak = CENTRE.plus(direction.times(Math.max(clearance, outwards.length() * 0.7)));
		if (bothWays) {
			peak = peak.plus(to.anchor().minus(from.anchor()).turned().unit().times(30));
		}
		return Curve.quadratic(start, peak.times(2).minus(middle), end);
	}

	/** The chord of a pair, always taken in sector order, so that a pair bends the same way in both directions. */
	private static Point canonical(SectorTag from, SectorTag to) {
		return from.sector().compareTo(to.sector()) < 0 ? to.anchor().minus(from.anchor())
				: from.anchor().minus(to.anchor());
	}

	/** A flow within one sector: a loop from the sector tag towards the centre and back. */
	private Curve loop(SectorTag tag) {
		var inwards = CENTRE.minus(tag.anchor()).unit();
		var across = inwards.turned();
		var reach = tag.box().height() / 2 + 110;
		return new Curve(tag.anchor().minus(across.times(14)),
				tag.anchor().plus(inwards.times(reach)).minus(across.times(70)),
				tag.anchor().plus(inwards.times(reach)).plus(across.times(70)),
				tag.anchor().plus(across.times(14)));
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
}
