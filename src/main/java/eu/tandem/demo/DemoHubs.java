package eu.tandem.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Agency;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.hub.AgreementTerms.FlowTerm;
import eu.tandem.hub.AgreementTerms;
import eu.tandem.hub.AgreementVersion;
import eu.tandem.hub.Art6Basis;
import eu.tandem.hub.Art9Condition;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.HubSetup;
import eu.tandem.hub.PurposeBasis;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * Two local hubs, in Germany and Denmark, with every demo agency of their country as members, named people,
 * published "who does what" pages, and agreements chosen so that every answer of the sharing check can be
 * seen: Augsburg's agreement is in force; Aarhus has one that expired and a new one awaiting a signature.
 * Dates are relative to the day the demo data is loaded, so the demo stays true whenever it is started.
 */
@Component
class DemoHubs {

	/** Each sector's part in a hub, in the plain words the public page shows. */
	private static final Map<Sector, String> PARTS = new EnumMap<>(Map.of(
			Sector.POLICE, "Assesses risk and keeps people safe; answers the hub's deconfliction requests.",
			Sector.MENTAL_HEALTH_CARE, "Assesses and treats mental-health needs, and advises the hub without sharing "
					+ "clinical detail beyond what the person agreed to.",
			Sector.SOCIAL_CARE, "Supports the person and their family: housing, income, parenting, child protection.",
			Sector.EDUCATION, "Notices worries early at school and keeps the young person learning.",
			Sector.YOUTH_WORK, "Stays in touch with young people where they are, and offers activities and a trusted adult.",
			Sector.PRISON_AND_PROBATION, "Works with people in prison or on probation towards a safe return.",
			Sector.EXIT_PROGRAMME, "Helps people who want to leave extremist groups, with mentors who have done so.",
			Sector.LOCAL_AUTHORITY, "Coordinates the hub and brings in the municipality's services.",
			Sector.NGO_COMMUNITY, "Offers counselling to families and a voice for the community."));

	private final HubSetup hubs;
	private final Agencies agencies;

	DemoHubs(HubSetup hubs, Agencies agencies) {
		this.hubs = hubs;
		this.agencies = agencies;
	}

	/** Loads the hubs; {@code people} maps demo usernames to their accounts. */
	int load(Map<String, UserId> people, LocalDate today) {
		var augsburg = hub(new HubDetails("Augsburg Prevention Network", HubLevel.LOCAL, new Country("DE"), "Bavaria, Augsburg",
				"Bavarian network for prevention and deradicalisation; City of Augsburg prevention strategy",
				"Case panel every second Tuesday; network meeting each quarter", "Once a year, each spring, with an external reviewer",
				"Prevention desk, Augsburg Youth Welfare Office", "praevention@augsburg-netzwerk.example", "+49 821 555 0999",
				"Weekdays 9:00–16:00",
				"The coordinator calls you back within two working days. Together you decide whether the network should look "
						+ "at it. If it does, the person is told, unless that would put someone at risk, and one case owner "
						+ "stays in touch with them. If another service fits better, we say which one.", null), membersOf("DE"),
				people, "elif.kaya", List.of("amira.haddad", "lukas.nowak", "sofia.ricci", "ayse.demir", "piotr.kowalski",
						"oleksandr.kovalenko"), List.of("jonas.weber"));
		var augsburgParties = membersOf("DE");
		var inForce = hubs.draft(augsburg, new AgreementTerms("Augsburg network information-sharing agreement",
				today.minusYears(1), null, today.plusYears(1), "24 months after the case is closed, then deleted",
				augsburgParties, bavarianBases(), augsburgClauses()), people.get("elif.kaya"));
		signBy(inForce, augsburgParties, people.get("elif.kaya"), today.minusYears(1).plusDays(3));

		var national = hub(new HubDetails("Danish National Prevention Support", HubLevel.NATIONAL, new Country("DK"), null,
				"National strategy for the prevention of extremism", "Twice a year with the local hubs", "Every two years",
				"National support desk", "support@forebyggelse-national.example", null, "Weekdays 10:00–15:00", null, null),
				Set.of(), people, null, List.of(), List.of());
		var aarhus = hub(new HubDetails("Aarhus Infohouse", HubLevel.LOCAL, new Country("DK"),
				"Central Denmark Region, Aarhus", "SSP and PSP cooperation under the Danish Social Services Act and the "
						+ "Administration of Justice Act § 115", "Infohouse panel every Thursday", null,
				"Infohouse contact desk", "infohus@aarhus.example", "+45 89 55 09 99", "Weekdays 8:30–15:30",
				"An Infohouse adviser answers within one working day, listens, and tells you what can happen next. "
						+ "Worries about a young person are looked at together with school, social services and police "
						+ "in the SSP cooperation; adults are followed by the PSP cooperation with psychiatry.",
				national), membersOf("DK"), people, "anders.nielsen", List.of("niamh.obrien", "mikkel.jensen", "kwame.mensah",
						"zeynep.arslan"), List.of("mette.sorensen"));
		var aarhusParties = membersOf("DK");
		var expired = hubs.draft(aarhus, new AgreementTerms("Aarhus SSP+ protocol", today.minusYears(3),
				today.minusMonths(9), today.minusMonths(9), "12 months after the last contact", aarhusParties, danishBases(),
				aarhusClauses()), people.get("anders.nielsen"));
		signBy(expired, aarhusParties, people.get("anders.nielsen"), today.minusYears(3));
		var awaiting = hubs.draft(aarhus, new AgreementTerms("Aarhus Infohouse agreement",
				today.minusMonths(9).plusDays(1), null, today.plusYears(2), "12 months after the last contact", aarhusParties,
				danishBases(), aarhusClauses()), people.get("anders.nielsen"));
		var police = aarhusParties.stream().filter(party -> sectorOf(party) == Sector.POLICE).collect(Collectors.toSet());
		signBy(awaiting, aarhusParties.stream().filter(party -> !police.contains(party)).collect(Collectors.toSet()),
				people.get("anders.nielsen"), today.minusMonths(1));
		return 3;
	}

	private HubId hub(HubDetails details, Set<AgencyId> members, Map<String, UserId> people, String coordinator,
			List<String> standing, List<String> advisors) {
		var id = hubs.create(details).id();
		for (var agency : members) {
			hubs.addAgency(id, agency, PARTS.get(sectorOf(agency)));
		}
		if (coordinator != null) {
			hubs.appoint(id, people.get(coordinator), HubRole.COORDINATOR);
		}
		standing.forEach(username -> hubs.appoint(id, people.get(username), HubRole.STANDING_MEMBER));
		advisors.forEach(username -> hubs.appoint(id, people.get(username), HubRole.ADVISOR));
		if (coordinator != null) {
			hubs.publish(id);
		}
		return id;
	}

	private Set<AgencyId> membersOf(String country) {
		return agencies.all().stream().filter(agency -> agency.details().country().code().equals(country))
			.map(Agency::id).collect(Collectors.toSet());
	}

	private Sector sectorOf(AgencyId agency) {
		return agencies.find(agency).orElseThrow().details().sector();
	}

	/** Records the parties' signatures, as the coordinator who collected them on paper. */
	private void signBy(AgreementVersion version, Set<AgencyId> parties, UserId recordedBy, LocalDate on) {
		for (var party : parties) {
			hubs.sign(version.agreement(), version.number(), party, recordedBy,
					"Director, " + agencies.nameOf(party), on);
		}
	}

	private static List<PurposeBasis> bavarianBases() {
		return List.of(
				new PurposeBasis(SharingPurpose.JOINT_ASSESSMENT, Art6Basis.PUBLIC_TASK, Art9Condition.HEALTH_OR_SOCIAL_CARE,
						"Art. 10 GDPR with the Bavarian Police Tasks Act", "§ 4 KKG; Art. 4 BayDSG"),
				new PurposeBasis(SharingPurpose.SUPPORT_PLANNING, Art6Basis.PUBLIC_TASK, Art9Condition.HEALTH_OR_SOCIAL_CARE,
						"Art. 10 GDPR with § 487 StPO", "§ 8a SGB VIII; § 69 SGB X"));
	}

	private static List<FlowTerm> augsburgClauses() {
		var clauses = new ArrayList<FlowTerm>();
		clauses.add(flow(DataCategory.IDENTITY, Sector.POLICE, Sector.SOCIAL_CARE, SharingPurpose.JOINT_ASSESSMENT));
		clauses.add(flow(DataCategory.IDENTITY, Sector.SOCIAL_CARE, Sector.POLICE, SharingPurpose.JOINT_ASSESSMENT));
		clauses.add(flow(DataCategory.SECURITY, Sector.POLICE, Sector.SOCIAL_CARE, SharingPurpose.JOINT_ASSESSMENT));
		clauses.add(flow(DataCategory.EDUCATION, Sector.EDUCATION, Sector.SOCIAL_CARE, SharingPurpose.JOINT_ASSESSMENT));
		clauses.add(flow(DataCategory.IDENTITY, Sector.EDUCATION, Sector.SOCIAL_CARE, SharingPurpose.JOINT_ASSESSMENT));
		clauses.add(flow(DataCategory.SOCIAL, Sector.SOCIAL_CARE, Sector.MENTAL_HEALTH_CARE, SharingPurpose.SUPPORT_PLANNING));
		clauses.add(flow(DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.SOCIAL_CARE, SharingPurpose.SUPPORT_PLANNING));
		clauses.add(flow(DataCategory.JUSTICE, Sector.PRISON_AND_PROBATION, Sector.EXIT_PROGRAMME, SharingPurpose.SUPPORT_PLANNING));
		clauses.add(flow(DataCategory.SOCIAL, Sector.EXIT_PROGRAMME, Sector.SOCIAL_CARE, SharingPurpose.SUPPORT_PLANNING));
		clauses.add(flow(DataCategory.SOCIAL, Sector.YOUTH_WORK, Sector.SOCIAL_CARE, SharingPurpose.SUPPORT_PLANNING));
		// the school's observations reach the youth welfare office for the case's work; social information reaches the
		// police only for a joint assessment, so that the police read it only when the youth welfare office discloses it
		clauses.add(flow(DataCategory.EDUCATION, Sector.EDUCATION, Sector.SOCIAL_CARE, SharingPurpose.SUPPORT_PLANNING));
		clauses.add(flow(DataCategory.SOCIAL, Sector.SOCIAL_CARE, Sector.POLICE, SharingPurpose.JOINT_ASSESSMENT));
		return clauses;
	}

	private static List<PurposeBasis> danishBases() {
		return List.of(
				new PurposeBasis(SharingPurpose.JOINT_ASSESSMENT, Art6Basis.PUBLIC_TASK, Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
						"Administration of Justice Act § 115", "Social Services Act § 49 b"),
				new PurposeBasis(SharingPurpose.SUPPORT_PLANNING, Art6Basis.PUBLIC_TASK, Art9Condition.HEALTH_OR_SOCIAL_CARE,
						null, "Social Services Act § 49 b; Health Act § 43"));
	}

	private static List<FlowTerm> aarhusClauses() {
		return List.of(
				flow(DataCategory.IDENTITY, Sector.POLICE, Sector.LOCAL_AUTHORITY, SharingPurpose.JOINT_ASSESSMENT),
				flow(DataCategory.SECURITY, Sector.POLICE, Sector.LOCAL_AUTHORITY, SharingPurpose.JOINT_ASSESSMENT),
				flow(DataCategory.SOCIAL, Sector.LOCAL_AUTHORITY, Sector.POLICE, SharingPurpose.JOINT_ASSESSMENT),
				flow(DataCategory.SOCIAL, Sector.YOUTH_WORK, Sector.LOCAL_AUTHORITY, SharingPurpose.SUPPORT_PLANNING),
				flow(DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.LOCAL_AUTHORITY, SharingPurpose.SUPPORT_PLANNING),
				flow(DataCategory.SOCIAL, Sector.NGO_COMMUNITY, Sector.LOCAL_AUTHORITY, SharingPurpose.SUPPORT_PLANNING));
	}

	private static FlowTerm flow(DataCategory category, Sector from, Sector to, SharingPurpose purpose) {
		return new FlowTerm(category, from, to, purpose);
	}
}
