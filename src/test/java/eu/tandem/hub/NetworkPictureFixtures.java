package eu.tandem.hub;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.tandem.agency.Sector;
import eu.tandem.hub.AgreementVersion.Signature;
import eu.tandem.hub.NetworkPicture.Member;
import eu.tandem.identity.AgencyId;

/** Member agencies and agreement versions for the network picture's tests; each test instance has its own. */
abstract class NetworkPictureFixtures {

	final LocalDate today = LocalDate.of(2026, 11, 26);
	final AgencyId clinic = AgencyId.random();
	final AgencyId police = AgencyId.random();

	final Member clinicMember = new Member("Lech Valley Psychiatric Clinic", Sector.MENTAL_HEALTH_CARE);
	final Member policeMember = new Member("Augsburg Police Prevention Unit", Sector.POLICE);
	final Member schoolMember = new Member("Lechfeld Comprehensive School", Sector.EDUCATION);

	static Flow flow(int clause, DataCategory category, Sector from, Sector to) {
		return new Flow(clause, category, from, to, SharingPurpose.JOINT_ASSESSMENT);
	}

	AgreementVersion version(AgreementId agreement, String title, int number, LocalDate starts, LocalDate ends,
			Set<AgencyId> signedBy, Flow... flows) {
		var signatures = new HashMap<AgencyId, Signature>();
		signedBy.forEach(agency -> signatures.put(agency, new Signature(agency, "Signatory", starts)));
		return new AgreementVersion(agreement, title, number, starts, ends, ends, "2 years", Set.of(clinic, police),
				Map.of(), List.of(flows), signatures);
	}

	AgreementVersion inForce(String title, Flow... flows) {
		return version(AgreementId.random(), title, 1, today.minusMonths(6), today.plusMonths(6), Set.of(clinic, police),
				flows);
	}

	NetworkPicture picture(List<Member> members, AgreementVersion... agreements) {
		return NetworkPicture.of("Augsburg prevention network", members,
				List.of(agreements).stream().map(List::of).toList(), today, HubWords::inEnglish);
	}

	/** Every sector, several agencies in some; with {@link #busyAgreement()}, flows both ways and within a sector. */
	List<Member> busyHub() {
		return List.of(policeMember, new Member("Bavarian State Criminal Police Office", Sector.POLICE), clinicMember,
				new Member("Smith & O'Neil \"Mind\" Practice", Sector.MENTAL_HEALTH_CARE),
				new Member("City Youth Welfare Office", Sector.SOCIAL_CARE), schoolMember,
				new Member("Streetwork Augsburg", Sector.YOUTH_WORK),
				new Member("Probation Service Swabia", Sector.PRISON_AND_PROBATION),
				new Member("Exit Bavaria", Sector.EXIT_PROGRAMME),
				new Member("City of Augsburg Public Order Office", Sector.LOCAL_AUTHORITY),
				new Member("Mosque Community Council", Sector.NGO_COMMUNITY),
				new Member("Violence Prevention Network", Sector.NGO_COMMUNITY));
	}

	AgreementVersion busyAgreement() {
		return inForce("Network agreement",
				flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE),
				flow(2, DataCategory.IDENTITY, Sector.POLICE, Sector.MENTAL_HEALTH_CARE),
				flow(3, DataCategory.SECURITY, Sector.POLICE, Sector.MENTAL_HEALTH_CARE),
				flow(4, DataCategory.EDUCATION, Sector.EDUCATION, Sector.SOCIAL_CARE),
				flow(5, DataCategory.SOCIAL, Sector.SOCIAL_CARE, Sector.YOUTH_WORK),
				flow(6, DataCategory.JUSTICE, Sector.PRISON_AND_PROBATION, Sector.EXIT_PROGRAMME),
				flow(7, DataCategory.IDENTITY, Sector.LOCAL_AUTHORITY, Sector.NGO_COMMUNITY),
				flow(8, DataCategory.SECURITY, Sector.POLICE, Sector.POLICE),
				flow(9, DataCategory.IDENTITY, Sector.EDUCATION, Sector.POLICE),
				flow(10, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.SOCIAL_CARE),
				flow(11, DataCategory.SOCIAL, Sector.SOCIAL_CARE, Sector.MENTAL_HEALTH_CARE),
				flow(12, DataCategory.JUSTICE, Sector.PRISON_AND_PROBATION, Sector.POLICE));
	}
}
