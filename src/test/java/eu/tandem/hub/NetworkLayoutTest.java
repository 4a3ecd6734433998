package eu.tandem.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import eu.tandem.agency.Sector;
import eu.tandem.hub.NetworkDrawing.Agency;
import eu.tandem.hub.NetworkDrawing.Box;
import eu.tandem.hub.NetworkDrawing.Line;
import eu.tandem.hub.NetworkDrawing.Point;
import eu.tandem.hub.NetworkPicture.Member;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Where the network picture puts things: the geometry alone, without the markup that draws it. */
class NetworkLayoutTest extends NetworkPictureFixtures {

	/** The busy hub and twenty more agencies, so that the circle grows and labels crowd. */
	List<Member> crowdedHub() {
		var members = new ArrayList<>(busyHub());
		for (int i = 0; i < 20; i++) {
			members.add(new Member("Neighbourhood Partner Organisation " + i, Sector.values()[i % Sector.values().length]));
		}
		return members;
	}

	List<NetworkDrawing> drawings() {
		return List.of(picture(busyHub(), busyAgreement()).drawing(), picture(crowdedHub(), busyAgreement()).drawing(),
				picture(List.of(clinicMember, policeMember), busyAgreement()).drawing(),
				picture(List.of(clinicMember)).drawing());
	}

	@Test
	void everyMemberAgencyAppearsOnceWithItsSector() {
		var members = crowdedHub();

		var drawing = picture(members, busyAgreement()).drawing();

		assertThat(drawing.agencies()).extracting(Agency::name, Agency::sector)
			.containsExactlyInAnyOrderElementsOf(members.stream()
				.map(member -> org.assertj.core.groups.Tuple.tuple(member.name(), member.sector())).toList());
	}

	@Test
	void agenciesSitOnOneCircleAroundTheHubGroupedBySector() {
		var agencies = picture(busyHub(), busyAgreement()).drawing().agencies();

		assertThat(agencies).hasSize(12);
		var radius = agencies.getFirst().node().centre().length();
		assertThat(agencies).allSatisfy(agency -> assertThat(agency.node().centre().length()).isCloseTo(radius,
				offset(0.2)));
		var runs = new ArrayList<Sector>();
		agencies.forEach(agency -> {
			if (runs.isEmpty() || runs.getLast() != agency.sector()) {
				runs.add(agency.sector());
			}
		});
		assertThat(runs).as("each sector's agencies side by side, in sector order").containsExactly(Sector.values());
	}

	@Test
	void nodesDoNotOverlap() {
		for (var drawing : drawings()) {
			var nodes = drawing.agencies().stream().map(Agency::node).toList();
			for (int i = 0; i < nodes.size(); i++) {
				for (int j = i + 1; j < nodes.size(); j++) {
					var apart = nodes.get(i).centre().minus(nodes.get(j).centre()).length();
					assertThat(apart).as("nodes %d and %d", i, j)
						.isGreaterThan(nodes.get(i).radius() + nodes.get(j).radius());
				}
			}
		}
	}

	@Test
	void labelsSectorTagsAndTheHubDoNotCoverEachOtherOrANode() {
		for (var drawing : drawings()) {
			var boxes = new ArrayList<Box>();
			boxes.add(drawing.hub().box());
			drawing.sectors().forEach(tag -> boxes.add(tag.box()));
			drawing.flows().forEach(flow -> boxes.add(flow.box()));
			drawing.agencies().forEach(agency -> boxes.add(agency.labelBox()));
			drawing.agencies().forEach(agency -> boxes.add(Box.around(agency.node().centre(), 2 * agency.node().radius(),
					2 * agency.node().radius())));
			for (int i = 0; i < boxes.size(); i++) {
				for (int j = i + 1; j < boxes.size(); j++) {
					assertThat(boxes.get(i).overlap(boxes.get(j))).as("%s and %s", boxes.get(i), boxes.get(j)).isZero();
				}
			}
		}
	}

	@Test
	void everythingDrawnLiesWithinTheCanvas() {
		for (var drawing : drawings()) {
			var view = drawing.view();
			var corners = Stream.of(
					Stream.of(drawing.hub().box()),
					drawing.sectors().stream().map(NetworkDrawing.SectorTag::box),
					drawing.flows().stream().map(NetworkDrawing.FlowArrow::box),
					drawing.agencies().stream().map(Agency::labelBox))
				.flatMap(boxes -> boxes)
				.flatMap(box -> Stream.of(new Point(box.x(), box.y()), new Point(box.x() + box.width(), box.y() + box.height())));
			var points = Stream.concat(corners, drawing.agencies().stream().map(agency -> agency.node().centre()));

			assertThat(points).allSatisfy(point -> assertThat(view.contains(point)).as("%s in %s", point, view).isTrue());
		}
	}

	@Test
	void everyAgencyIsLinkedToTheHubThroughItsSectorsTag() {
		var drawing = picture(crowdedHub(), busyAgreement()).drawing();

		var expected = new ArrayList<Line>();
		drawing.sectors().forEach(tag -> expected.add(new Line(new Point(0, 0), tag.anchor())));
		drawing.agencies().forEach(agency -> expected.add(new Line(drawing.sectors().stream()
			.filter(tag -> tag.sector() == agency.sector()).findFirst().orElseThrow().anchor(), agency.node().centre())));

		assertThat(drawing.membership()).containsExactlyElementsOf(expected);
		assertThat(drawing.sectors()).extracting(NetworkDrawing.SectorTag::sector).containsExactly(Sector.values());
	}

	@Test
	void arrowsLeaveOneSectorsTagAndEnterTheOthers() {
		var drawing = picture(busyHub(), busyAgreement()).drawing();

		assertThat(drawing.flows()).as("one arrow a sector pair").hasSize(11).allSatisfy(flow -> {
			var from = tagOf(drawing, flow.from()).box();
			var to = tagOf(drawing, flow.to()).box();
			assertThat(from.grown(8).contains(flow.curve().p0()) && !from.contains(flow.curve().p0()))
				.as("%s starts at the edge of its tag", flow).isTrue();
			assertThat(to.grown(8).contains(flow.curve().p3()) && !to.contains(flow.curve().p3()))
				.as("%s ends at the edge of its tag", flow).isTrue();
		});
	}

	@Test
	void longNamesAreWrappedOnAtMostThreeLinesAndCut() {
		var name = "The Extraordinarily Long-Named Regional Centre for Violence Prevention and Deradicalisation Work";

		var drawing = picture(List.of(new Member(name, Sector.EXIT_PROGRAMME), policeMember)).drawing();

		var label = drawing.agencies().stream().filter(agency -> agency.name().equals(name)).findFirst().orElseThrow()
			.label();
		assertThat(label.lines()).hasSize(3).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(22));
		assertThat(label.lines().getLast()).endsWith("…");
	}

	@Test
	void everyNumberIsRoundedToOneDecimal() {
		var drawing = picture(crowdedHub(), busyAgreement()).drawing();

		var numbers = Stream.of(
				Stream.of(drawing.view().x(), drawing.view().y(), drawing.view().width(), drawing.view().height()),
				drawing.membership().stream().flatMap(line -> Stream.of(line.from().x(), line.from().y(), line.to().x())),
				drawing.agencies().stream().flatMap(agency -> Stream.of(agency.node().centre().x(), agency.label().x(),
						agency.label().baseline())),
				drawing.flows().stream().flatMap(flow -> Stream.of(flow.curve().p1().x(), flow.curve().p2().y(),
						flow.box().width(), flow.label().x())))
			.flatMap(values -> values).toList();

		assertThat(numbers).isNotEmpty()
			.allSatisfy(value -> assertThat(value * 10).isCloseTo(Math.rint(value * 10), offset(1e-6)));
	}

	private static NetworkDrawing.SectorTag tagOf(NetworkDrawing drawing, Sector sector) {
		return drawing.sectors().stream().filter(tag -> tag.sector() == sector).findFirst().orElseThrow();
	}
}
