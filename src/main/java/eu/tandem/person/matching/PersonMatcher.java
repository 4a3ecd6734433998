package eu.tandem.person.matching;

import java.util.List;
import java.util.Set;

import eu.tandem.person.matching.NameAgreement.Level;
import eu.tandem.person.matching.PreparedPerson.PreparedName;

/**
 * Scores how likely two descriptions are of one person, and says why in words a coordinator can check; it never
 * decides. The score adds up weights of evidence (names, date of birth, address, and identifiers only when told to
 * use them) and maps the sum to [0, 1]; {@link MatchScore#likelySame()} is the sum reaching {@link #THRESHOLD}.
 * Plain Java with no framework, so that the registry and the linkage benchmark run exactly this code.
 */
public final class PersonMatcher {

	/** The score at or above which two descriptions are shown as likely the same person. */
	public static final double THRESHOLD = 0.5;

	/** Evidence needed for a score of one half: more than a full name alone, so a name is never enough by itself. */
	static final double EVIDENCE_AT_THRESHOLD = 10.5;
	static final double EVIDENCE_SCALE = 2.0;
	static final double SWAP_PENALTY = 0.5;
	/** Female against male: rarely a slip, but records do get it wrong, so it weighs against without vetoing. */
	static final double SEX_DIFFERS = -3.0;

	private final NameVariants variants;
	private final Set<String> identifierKinds;

	public PersonMatcher() {
		this(NameVariants.standard(), Set.of());
	}

	/** A matcher with another variant table, to measure what the table adds to the spelling rules. */
	PersonMatcher(NameVariants variants) {
		this(variants, Set.of());
	}

	private PersonMatcher(NameVariants variants, Set<String> identifierKinds) {
		this.variants = variants;
		this.identifierKinds = Set.copyOf(identifierKinds);
	}

	/**
	 * A matcher that also compares these identifiers, e.g. {@code "national_id"}. Off by default: agencies rarely
	 * share one identifier, and a mistyped one must not outweigh everything else.
	 */
	public PersonMatcher usingIdentifiers(String... kinds) {
		return new PersonMatcher(variants, Set.of(kinds));
	}

	public Set<String> identifierKinds() {
		return identifierKinds;
	}

	public MatchScore compare(PersonDescription a, PersonDescription b) {
		return compare(prepare(a), prepare(b));
	}

	/**
	 * Short keys that two records of one person very likely share, for the registry to store in an indexed table
	 * and look up to fetch candidates before scoring. They say nothing by themselves.
	 */
	public Set<String> blockingKeys(PersonDescription person) {
		return BlockingKeys.of(prepare(person), identifierKinds);
	}

	/**
	 * Identifies how {@link #blockingKeys} are made: it changes when the variant table, the spelling rules or the
	 * key format change. The registry stores it beside the keys and recomputes stored keys when it differs, since
	 * keys made two ways do not meet.
	 */
	public String blockingKeysVersion() {
		int hash = 31 * (31 * BlockingKeys.FORMAT + Names.rulesHash()) + variants.contentHash();
		return BlockingKeys.FORMAT + "-" + Integer.toHexString(hash) + (identifierKinds.isEmpty() ? "" : "-" + identifierKinds.hashCode());
	}

	PreparedPerson prepare(PersonDescription person) {
		return PreparedPerson.of(person, variants);
	}

	MatchScore compare(PreparedPerson a, PreparedPerson b) {
		Evidence evidence = new Evidence();
		evidence.addAll(names(a.names(), b.names()));
		evidence.addAll(DateAgreement.of(a.dateOfBirth(), b.dateOfBirth()));
		evidence.addAll(addresses(a.addresses(), b.addresses()));
		if (a.sex() != null && b.sex() != null && !a.sex().equals(b.sex())) {
			evidence.add(SEX_DIFFERS, Reason.SEX_DIFFERS);
		}
		for (String kind : identifierKinds) {
			evidence.addAll(IdentifierAgreement.of(kind, a.identifiers().get(kind), b.identifiers().get(kind)));
		}
		double score = 1.0 / (1.0 + Math.exp(-(evidence.total() - EVIDENCE_AT_THRESHOLD) / EVIDENCE_SCALE));
		return new MatchScore(score, score >= THRESHOLD, evidence.reasons());
	}

	/**
	 * Whether the names alone read as one person's name: in some pairing of the two records' names, as recorded
	 * or swapped, each part both have is the same, a variant, a particle or compound away, or one letter away. The
	 * name-variant test set is scored on this judgement.
	 */
	boolean sameName(PreparedPerson a, PreparedPerson b) {
		for (PreparedName x : a.names()) {
			for (PreparedName y : b.names()) {
				if (agree(NameAgreement.of(x.given(), y.given(), true), NameAgreement.of(x.surname(), y.surname(), false))
						|| agree(NameAgreement.of(x.given(), y.surname(), true),
								NameAgreement.of(x.surname(), y.given(), true))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean agree(NameAgreement given, NameAgreement surname) {
		boolean bothMissing = given.level() == Level.MISSING && surname.level() == Level.MISSING;
		return !bothMissing && agrees(given) && agrees(surname);
	}

	private static boolean agrees(NameAgreement part) {
		return part.level() == Level.MISSING || part.level().agrees();
	}

	/** The best-agreeing pair of names, each name pair compared as recorded and with given name and surname swapped. */
	private static Evidence names(List<PreparedName> as, List<PreparedName> bs) {
		Evidence best = new Evidence();
		boolean first = true;
		for (PreparedName a : as) {
			for (PreparedName b : bs) {
				Evidence direct = name(a, b);
				Evidence swapped = swapped(a, b);
				Evidence better = swapped.total() > direct.total() ? swapped : direct;
				if (first || better.total() > best.total()) {
					best = better;
					first = false;
				}
			}
		}
		return best;
	}

	private static Evidence name(PreparedName a, PreparedName b) {
		var evidence = new Evidence();
		NameWeights.given(NameAgreement.of(a.given(), b.given(), true), evidence);
		NameWeights.surname(NameAgreement.of(a.surname(), b.surname(), false), evidence);
		return evidence;
	}

	private static Evidence swapped(PreparedName a, PreparedName b) {
		NameAgreement givenAsSurname = NameAgreement.of(a.given(), b.surname(), true);
		NameAgreement surnameAsGiven = NameAgreement.of(a.surname(), b.given(), true);
		boolean anyAgrees = givenAsSurname.level().agrees() || surnameAsGiven.level().agrees();
		if (!anyAgrees) {
			return new Evidence().add(-100, null);
		}
		var evidence = new Evidence();
		evidence.add(-SWAP_PENALTY, Reason.NAMES_SWAPPED);
		NameWeights.given(surnameAsGiven, evidence);
		NameWeights.surname(givenAsSurname, evidence);
		return evidence;
	}

	private static Evidence addresses(List<PreparedAddress> as, List<PreparedAddress> bs) {
		Evidence best = new Evidence();
		boolean first = true;
		for (PreparedAddress a : as) {
			for (PreparedAddress b : bs) {
				Evidence pair = AddressAgreement.of(a, b);
				if (first || pair.total() > best.total()) {
					best = pair;
					first = false;
				}
			}
		}
		return best;
	}
}
