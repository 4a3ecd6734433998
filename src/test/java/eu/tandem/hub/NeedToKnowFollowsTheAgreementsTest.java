package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseState;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
import eu.tandem.sharing.NeedToKnow.Rule;
import eu.tandem.sharing.NeedToKnow;
import org.junit.jupiter.api.Test;

/**
 * A property of the one read rule, over generated hubs: agencies of random sectors, agreements with random versions,
 * parties, purposes, clauses, dates and signatures, items of every category from every agency, and viewers of every
 * standing. {@link NeedToKnow} never grants a read by a category rule that the sharing check would refuse for that
 * flow, never lets information of another agency through without the agreement, a disclosure, its author or an
 * emergency step — and does let through every flow the agreement covers for case work.
 * <p>
 * The cases come from a fixed seed, printed; {@code -Dtandem.property.seed=N} draws others. (jqwik, the usual
 * library for this, runs only on JUnit Platform 1, and Spring Boot 4 brings JUnit 6; a seeded generator in a plain test
 * does the same job here, without shrinking.)
 */
class NeedToKnowFollowsTheAgreementsTest {

	static final int HUBS = 400;
	static final int READS_PER_HUB = 60;

	/** The same cases every run, so that CI is repeatable; {@code -Dtandem.property.seed=N} explores others. */
	final long seed = Long.getLong("tandem.property.seed", 20_261_203L);
	final Random random = new Random(seed);
	final LocalDate today = LocalDate.of(2026, 12, 3);
	final Map<Rule, Integer> granted = new EnumMap<>(Rule.class);
	int refusedByTheAgreement;

	/** One generated read, described so that a failure can be understood without replaying it. */
	record Read(Sector source, Sector reader, DataCategory category, String standing, boolean author, boolean disclosed,
			boolean healthProfessional, SharingDecision check) {
	}

	@Test
	void needToKnowNeverGrantsWhatTheSharingCheckRefusesAndGrantsWhatItAllowsForCaseWork() {
		System.out.println("NeedToKnowFollowsTheAgreementsTest seed " + seed + " (replay with -Dtandem.property.seed=" + seed + ")");
		var failures = new ArrayList<String>();
		for (int h = 0; h < HUBS && failures.size() < 5; h++) {
			var hub = generatedHub();
			var rules = new SharingRules(hub.id(), hub.facts(), today);
			var file = new CaseFile(new CaseId(UUID.randomUUID()), ReferralId.random(), "HUB-2026-0001", hub.id(), null, null, List.of(),
					CaseState.SUPPORT, Instant.now(), null, 0);
			var agencies = List.copyOf(hub.facts().agencies().keySet());
			for (int r = 0; r < READS_PER_HUB; r++) {
				var source = pick(agencies);
				var readerAgency = pick(agencies);
				var category = pick(List.of(DataCategory.values()));
				var healthProfessional = random.nextInt(3) == 0;
				var viewer = new CurrentUser(UserId.random(), "viewer", "Viewer", readerAgency,
						healthProfessional ? Profession.PSYCHIATRIST : Profession.SOCIAL_WORKER, Set.of(Role.PRACTITIONER), 0);
				var author = random.nextInt(10) == 0 ? viewer.id() : UserId.random();
				var disclosedTo = random.nextInt(6) == 0 ? Set.of(pick(agencies)) : Set.<AgencyId>of();
				var standing = standing(file, viewer);
				var item = new NeedToKnow.ItemFacts(category, source, author);

				var rule = NeedToKnow.decide(viewer, standing, item, disclosedTo, rules);

				var check = SharingPolicy.decide(hub.facts(),
						new SharingQuestion(hub.id(), category, source, readerAgency, NeedToKnow.CASE_WORK, today));
				var read = new Read(hub.facts().agencies().get(source).sector(), hub.facts().agencies().get(readerAgency).sector(),
						category, describe(standing), author.equals(viewer.id()), disclosedTo.contains(readerAgency), healthProfessional,
						check);
				rule.ifPresent(allowed -> granted.merge(allowed, 1, Integer::sum));
				if (!check.permitted() && !source.equals(readerAgency)) {
					refusedByTheAgreement++;
				}
				var problem = problem(rule.orElse(null), read, standing, source.equals(readerAgency));
				if (problem != null) {
					failures.add(problem + ": " + read + " → " + rule.map(Rule::name).orElse("no read"));
				}
			}
		}
		System.out.println("granted by rule " + granted + "; reads the agreement refused " + refusedByTheAgreement);
		assertThat(failures).as("seed " + seed).isEmpty();
		assertThat(granted.getOrDefault(Rule.CASE_TEAM_SEES_WHAT_THE_AGREEMENT_LETS_FLOW, 0))
			.as("the generator reaches agreed flows to the team").isGreaterThan(50);
		assertThat(granted.getOrDefault(Rule.EMERGENCY_OPENS_WHAT_THE_AGREEMENT_LETS_FLOW, 0))
			.as("the generator reaches agreed flows to an emergency reader").isGreaterThan(10);
		assertThat(refusedByTheAgreement).as("the generator reaches flows the agreement refuses").isGreaterThan(1000);
	}

	private static boolean stepCategory(DataCategory category) {
		return category == DataCategory.HEALTH || category == DataCategory.SECURITY || category == DataCategory.JUSTICE;
	}

	/** What is wrong with this answer, or null when the answer is right. */
	private static String problem(Rule rule, Read read, CaseStanding standing, boolean ownAgency) {
		if (rule == null) {
			var shared = EnumSet.of(DataCategory.IDENTITY, DataCategory.SOCIAL, DataCategory.EDUCATION).contains(read.category());
			if (standing.entitled() && shared && (ownAgency || read.check().permitted())) {
				return "the team does not see what its own agency recorded or the agreement lets flow to it";
			}
			if (standing.emergency() && !standing.entitled()
					&& (read.category() == DataCategory.IDENTITY || shared && (ownAgency || read.check().permitted())
							|| stepCategory(read.category()) && standing.openedInEmergency(read.category()))) {
				return "emergency access does not show identity, an agreed flow or a category its step opened";
			}
			return null;
		}
		if (rule.byAgreement() && !read.check().permitted()) {
			return "granted by the agreement while the sharing check refuses the flow";
		}
		var justified = switch (rule) {
			case AUTHOR_SEES_OWN_ITEM -> read.author();
			case RECORDING_AGENCY_KEEPS_SIGHT, SECURITY_AND_JUSTICE_STAY_WITH_THE_RECORDING_AGENCY -> ownAgency
					&& read.category() != DataCategory.HEALTH;
			case HEALTH_STAYS_WITH_HEALTH_PROFESSIONALS_OF_THE_RECORDING_AGENCY -> ownAgency && read.healthProfessional()
					&& standing.entitled();
			case CASE_TEAM_SEES_WHAT_THE_AGREEMENT_LETS_FLOW -> standing.entitled() && read.check().permitted()
					&& read.category() != DataCategory.HEALTH && !read.category().isCriminalOffenceData();
			case EMERGENCY_OPENS_WHAT_THE_AGREEMENT_LETS_FLOW -> standing.emergency() && !standing.entitled() && read.check().permitted()
					&& read.category() != DataCategory.HEALTH && !read.category().isCriminalOffenceData();
			case DISCLOSED_TO_THE_VIEWERS_AGENCY -> read.disclosed() && (standing.entitled() || !stepCategory(read.category())
					|| standing.openedInEmergency(read.category()));
			case EMERGENCY_OPENS_IDENTITY -> standing.emergency() && read.category() == DataCategory.IDENTITY;
			case HEALTH_EMERGENCY_OPENS_HEALTH -> standing.openedInEmergency(DataCategory.HEALTH) && read.category() == DataCategory.HEALTH;
			case SECURITY_EMERGENCY_OPENS_SECURITY -> standing.openedInEmergency(DataCategory.SECURITY)
					&& read.category() == DataCategory.SECURITY;
			case JUSTICE_EMERGENCY_OPENS_JUSTICE -> standing.openedInEmergency(DataCategory.JUSTICE)
					&& read.category() == DataCategory.JUSTICE;
			case SUBJECT_ACCESS_FOR_THE_HUB_DPO -> false;
		};
		return justified ? null : "granted by " + rule + " without what that rule needs";
	}

	private CaseStanding standing(CaseFile file, CurrentUser viewer) {
		var steps = EnumSet.noneOf(DataCategory.class);
		for (var category : List.of(DataCategory.HEALTH, DataCategory.SECURITY, DataCategory.JUSTICE)) {
			if (random.nextBoolean()) {
				steps.add(category);
			}
		}
		return switch (random.nextInt(5)) {
			case 0, 1 -> new CaseStanding(file, viewer.id(), true, false, false, Set.of(), false);
			case 2 -> new CaseStanding(file, viewer.id(), false, true, false, Set.of(), false);
			case 3 -> new CaseStanding(file, viewer.id(), false, false, true, steps, false);
			default -> new CaseStanding(file, viewer.id(), false, false, false, steps, random.nextBoolean());
		};
	}

	private static String describe(CaseStanding standing) {
		return standing.team() ? "team" : standing.coordinator() ? "coordinator"
				: standing.emergency() ? "emergency with steps " + standing.emergencySteps() : "none";
	}

	/** A hub and the facts the sharing check knows of it. */
	record GeneratedHub(HubId id, SharingPolicy.HubFacts facts) {
	}

	private GeneratedHub generatedHub() {
		var agencies = new HashMap<AgencyId, SharingPolicy.KnownAgency>();
		var sectors = List.of(Sector.values());
		// few sectors, so that agencies share them and clauses often name the sectors that are asked about
		var inPlay = new ArrayList<Sector>();
		for (int i = 0; i < 2 + random.nextInt(3); i++) {
			inPlay.add(pick(sectors));
		}
		for (int i = 0; i < 3 + random.nextInt(4); i++) {
			var sector = pick(inPlay);
			agencies.put(AgencyId.random(), new SharingPolicy.KnownAgency("Agency " + i + " (" + sector.name() + ")", sector));
		}
		var members = new HashSet<>(agencies.keySet());
		if (random.nextInt(5) == 0) {
			members.remove(pick(List.copyOf(members)));
		}
		var agreements = new ArrayList<List<AgreementVersion>>();
		for (int a = 0; a < random.nextInt(3) + (random.nextInt(4) == 0 ? 0 : 1); a++) {
			var id = AgreementId.random();
			var versions = new ArrayList<AgreementVersion>();
			for (int v = 1; v <= 1 + random.nextInt(3); v++) {
				versions.add(version(id, v, List.copyOf(agencies.keySet()), inPlay));
			}
			agreements.add(versions);
		}
		return new GeneratedHub(HubId.random(), new SharingPolicy.HubFacts("Generated hub", members, agencies, agreements));
	}

	private AgreementVersion version(AgreementId id, int number, List<AgencyId> agencies, List<Sector> sectors) {
		var parties = new HashSet<AgencyId>();
		agencies.stream().filter(agency -> random.nextInt(6) != 0).forEach(parties::add);
		var purposes = new HashMap<SharingPurpose, PurposeBasis>();
		for (var purpose : SharingPurpose.values()) {
			if (random.nextInt(4) != 0) {
				purposes.put(purpose, new PurposeBasis(purpose, Art6Basis.PUBLIC_TASK, Art9Condition.HEALTH_OR_SOCIAL_CARE,
						"Art. 10 GDPR", "Act s. " + number));
			}
		}
		var flows = new ArrayList<Flow>();
		for (int f = 0; f < random.nextInt(12); f++) {
			flows.add(new Flow(f + 1, pick(List.of(DataCategory.values())), pick(sectors), pick(sectors),
					random.nextBoolean() ? NeedToKnow.CASE_WORK : pick(List.of(SharingPurpose.values()))));
		}
		var starts = today.minusDays(random.nextInt(400)).plusDays(random.nextInt(4) == 0 ? 60 : 0);
		var ends = random.nextBoolean() ? null : today.plusDays(random.nextInt(400) - 60);
		var review = today.plusDays(random.nextInt(500) - 40);
		var signatures = new HashMap<AgencyId, AgreementVersion.Signature>();
		parties.stream().filter(party -> random.nextInt(8) != 0).forEach(party -> signatures.put(party,
				new AgreementVersion.Signature(party, "Signatory", starts.plusDays(random.nextInt(40) - 20))));
		return new AgreementVersion(id, "Agreement", number, starts, ends, review, "2 years", parties, purposes, flows, signatures);
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
