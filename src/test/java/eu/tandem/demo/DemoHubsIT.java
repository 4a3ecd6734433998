package eu.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Agency;
import eu.tandem.agency.Sector;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.InformationSharing;
import eu.tandem.hub.SharingDecision;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.hub.SharingQuestion;
import eu.tandem.identity.AgencyId;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The demo shows every answer of the sharing check, in two published hubs in two countries. */
@TandemIntegrationTest
class DemoHubsIT {

	@Autowired
	Hubs hubs;

	@Autowired
	Agencies agencies;

	@Autowired
	InformationSharing sharing;

	@Autowired
	MessageSource messages;

	@Test
	void twoPublishedLocalHubsInTwoCountriesAndANationalHubThatSupportsOne() {
		assertThat(hubs.published()).extracting(Hub::name).contains("Augsburg Prevention Network", "Aarhus Infohouse");
		assertThat(hub("Augsburg Prevention Network").details().country().code()).isEqualTo("DE");
		assertThat(hub("Aarhus Infohouse").details().country().code()).isEqualTo("DK");
		var national = hub("Danish National Prevention Support");
		assertThat(national.details().level()).isEqualTo(HubLevel.NATIONAL);
		assertThat(hubs.supportedBy(national.id())).extracting(Hub::name).containsExactly("Aarhus Infohouse");
	}

	@Test
	void augsburgsAgreementIsInForceAndPermitsACoveredFlow() {
		var augsburg = hub("Augsburg Prevention Network");
		var decision = ask(augsburg, DataCategory.IDENTITY, Sector.POLICE, Sector.SOCIAL_CARE);

		assertThat(decision.permitted()).isTrue();
		assertThat(inEnglish(decision)).contains("“Augsburg network information-sharing agreement”, version 1");
	}

	@Test
	void augsburgRefusesHealthDataFromMentalHealthCareToPolice() {
		var decision = ask(hub("Augsburg Prevention Network"), DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE);

		assertThat(inEnglish(decision)).startsWith("No: Health data from mental health care to police is not covered");
	}

	@Test
	void aarhusHasAnExpiredAgreementAndOneAwaitingThePolicesSignature() {
		var decision = ask(hub("Aarhus Infohouse"), DataCategory.IDENTITY, Sector.POLICE, Sector.LOCAL_AUTHORITY);

		assertThat(decision.permitted()).isFalse();
		assertThat(inEnglish(decision)).contains("“Aarhus SSP+ protocol” expired on")
			.contains("Version 1 of “Aarhus Infohouse agreement” is not signed yet by East Jutland Police Prevention Centre");
	}

	@Test
	void everySectorIsAMemberOfSomeHub() {
		var sectors = hubs.all().stream().flatMap(hub -> hub.agencies().stream())
			.map(member -> agencies.find(member.agency()).orElseThrow().details().sector()).distinct().count();
		assertThat(sectors).isEqualTo(Sector.values().length);
	}

	private Hub hub(String name) {
		return hubs.all().stream().filter(hub -> hub.name().equals(name)).findFirst().orElseThrow();
	}

	private SharingDecision ask(Hub hub, DataCategory category, Sector from, Sector to) {
		return sharing.check(new SharingQuestion(hub.id(), category, member(hub, from), member(hub, to),
				SharingPurpose.JOINT_ASSESSMENT, LocalDate.now()));
	}

	private AgencyId member(Hub hub, Sector sector) {
		return hub.agencies().stream().map(member -> agencies.find(member.agency()).orElseThrow())
			.filter(agency -> agency.details().sector() == sector).map(Agency::id).findFirst().orElseThrow();
	}

	private String inEnglish(SharingDecision decision) {
		return messages.getMessage(decision.words(), Locale.UK);
	}
}
