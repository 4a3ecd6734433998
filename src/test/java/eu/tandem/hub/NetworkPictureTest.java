package eu.tandem.hub;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import eu.tandem.agency.Sector;
import eu.tandem.hub.NetworkPicture.Arrow;
import eu.tandem.hub.NetworkPicture.Member;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the network picture draws and lists, from members and agreement versions alone. */
class NetworkPictureTest extends NetworkPictureFixtures {

	@Test
	void sameHubDrawsTheSamePictureWhateverTheOrderOfItsAgencies() {
		var members = busyHub();
		var shuffled = new ArrayList<>(members);
		Collections.shuffle(shuffled, new Random(7));

		var first = picture(members, busyAgreement());
		var again = picture(shuffled, busyAgreement());

		assertThat(again.drawing()).isEqualTo(first.drawing());
	}

	@Test
	void flowsAreGroupedBySectorPairWithTheirCategories() {
		var picture = picture(List.of(clinicMember, policeMember), inForce("Covenant",
				flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE),
				flow(2, DataCategory.SECURITY, Sector.POLICE, Sector.MENTAL_HEALTH_CARE),
				flow(3, DataCategory.IDENTITY, Sector.MENTAL_HEALTH_CARE, Sector.POLICE)));

		assertThat(picture.arrows()).containsExactly(
				new Arrow(Sector.POLICE, Sector.MENTAL_HEALTH_CARE, "security", true),
				new Arrow(Sector.MENTAL_HEALTH_CARE, Sector.POLICE, "health, identity", true));
		assertThat(picture.drawing().flows()).extracting(NetworkDrawing.FlowArrow::label)
			.extracting(NetworkDrawing.Text::lines)
			.containsExactly(List.of("security"), List.of("health, identity"));
		assertThat(picture.columns()).extracting(NetworkPicture.Column::sector)
			.containsExactly("Police", "Mental health care");
		var fromClinic = picture.rows().get(1);
		assertThat(fromClinic.sector()).isEqualTo("Mental health care");
		assertThat(fromClinic.cells().get(0).covered()).extracting(NetworkPicture.Covered::inWords)
			.containsExactly("Health (clause 1)", "Identity (clause 3)");
		assertThat(fromClinic.cells().get(1).empty()).isTrue();
		assertThat(picture.inWords()).isEqualTo("One agreement is in force today; it covers 2 sector-to-sector flows.");
	}

	@Test
	void withSeveralAgreementsInForceEachCellNamesItsAgreement() {
		var picture = picture(List.of(clinicMember, policeMember),
				inForce("Covenant", flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE)),
				inForce("Emergency protocol", flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE),
						flow(2, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE)));

		assertThat(picture.rows().get(1).cells().get(0).covered()).extracting(NetworkPicture.Covered::inWords)
			.containsExactly("Health (clause 1 of “Covenant”; clauses 1 and 2 of “Emergency protocol”)");
		assertThat(picture.arrows()).singleElement().extracting(Arrow::label).isEqualTo("health");
		assertThat(picture.inWords()).isEqualTo("2 agreements are in force today; they cover one sector-to-sector flow.");
	}

	@Test
	void nothingInForceIsSaidInWords() {
		var picture = picture(List.of(clinicMember, policeMember));

		assertThat(picture.nothingCovered()).isTrue();
		assertThat(picture.inWords())
			.isEqualTo("No agreement is in force today, so no data may flow; see the hub's agreements.");
		assertThat(picture.ariaLabel()).endsWith("No agreement is in force today, so no data may flow.");
		assertThat(picture.arrows()).isEmpty();
		assertThat(picture.drawing().flows()).isEmpty();
	}

	@Test
	void unsignedVersionDrawsNoArrow() {
		var unsigned = version(AgreementId.random(), "Covenant", 1, today.minusDays(1), today.plusYears(1), Set.of(clinic),
				flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE));

		var picture = picture(List.of(clinicMember, policeMember), unsigned);

		assertThat(picture.arrows()).isEmpty();
		assertThat(picture.inWords())
			.isEqualTo("No agreement is in force today, so no data may flow; see the hub's agreements.");
	}

	@Test
	void expiredVersionDrawsNoArrow() {
		var expired = version(AgreementId.random(), "Old covenant", 1, today.minusYears(2), today.minusDays(1),
				Set.of(clinic, police), flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE));

		var picture = picture(List.of(clinicMember, policeMember), expired);

		assertThat(picture.arrows()).isEmpty();
		assertThat(picture.drawing().flows()).isEmpty();
	}

	@Test
	void unsignedNewerVersionLeavesTheOlderOneDrawn() {
		var agreement = AgreementId.random();
		var older = version(agreement, "Covenant", 1, today.minusMonths(6), today.plusMonths(6), Set.of(clinic, police),
				flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE));
		var newer = version(agreement, "Covenant", 2, today.minusDays(1), today.plusMonths(6), Set.of(clinic),
				flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE),
				flow(2, DataCategory.IDENTITY, Sector.MENTAL_HEALTH_CARE, Sector.POLICE));

		var picture = NetworkPicture.of("Hub", List.of(clinicMember, policeMember), List.of(List.of(older, newer)), today,
				HubWords::inEnglish);

		assertThat(picture.arrows()).singleElement().extracting(Arrow::label).isEqualTo("health");
		assertThat(picture.inForce()).singleElement().satisfies(version -> {
			assertThat(version.number()).isEqualTo(1);
			assertThat(version.clauses()).containsExactly(
					"Clause 1: health data from mental health care to police, for joint assessment of a referral.");
		});
	}

	@Test
	void flowFromASectorWithoutMembersIsListedButNotDrawn() {
		var picture = picture(List.of(clinicMember, policeMember), inForce("Covenant",
				flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE),
				flow(2, DataCategory.IDENTITY, Sector.YOUTH_WORK, Sector.POLICE)));

		assertThat(picture.arrows()).contains(new Arrow(Sector.YOUTH_WORK, Sector.POLICE, "identity", false));
		assertThat(picture.drawing().flows()).singleElement()
			.satisfies(drawn -> assertThat(drawn.from()).isEqualTo(Sector.MENTAL_HEALTH_CARE));
		assertThat(picture.columns()).contains(new NetworkPicture.Column("Youth work", false));
		var fromYouthWork = picture.rows().stream().filter(row -> row.sector().equals("Youth work")).findFirst()
			.orElseThrow();
		assertThat(fromYouthWork.cells().get(0).covered()).extracting(NetworkPicture.Covered::inWords)
			.containsExactly("Identity (clause 2)");
		assertThat(picture.notDrawnInWords()).contains("identity from youth work to police");
	}

	@Test
	void legendNamesEachSectorsColourAndAgencies() {
		var legend = picture(List.of(schoolMember, clinicMember, policeMember)).legend();

		assertThat(legend).extracting(NetworkPicture.LegendEntry::sector)
			.containsExactly("Police", "Mental health care", "Education");
		assertThat(legend.getFirst().agencies()).containsExactly("Augsburg Police Prevention Unit");
		assertThat(legend).extracting(NetworkPicture.LegendEntry::colour).doesNotHaveDuplicates()
			.allSatisfy(colour -> assertThat(colour).matches("#[0-9A-F]{6}"));
	}
}
