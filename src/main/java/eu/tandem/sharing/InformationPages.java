package eu.tandem.sharing;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Agency;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.InformationSharing;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.NotFound;
import eu.tandem.knowledge.CaseAttribute;
import eu.tandem.knowledge.Checklist;
import eu.tandem.knowledge.Library;
import eu.tandem.web.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the screens over a case's information show, each gathered in one transaction: how the user stands to the case
 * and the hub's agreements are read once and every decision is taken on them, so that the page is one consistent
 * picture and its cost does not grow with the consents or disclosures of the case. The access rules stay with
 * {@link CaseInformation} and {@link Disclosures}, which decide and trace each read as they do for any caller; the
 * transactions are not read-only because every read is traced in the same transaction as it is made.
 */
@Service
class InformationPages {

	private final CaseInformation information;
	private final Disclosures disclosures;
	private final CaseFiles cases;
	private final InformationSharing sharing;
	private final Hubs hubs;
	private final Agencies agencies;
	private final Accounts accounts;
	private final Words words;
	private final Library library;
	private final Clock clock;

	InformationPages(CaseInformation information, Disclosures disclosures, CaseFiles cases, InformationSharing sharing, Hubs hubs,
			Agencies agencies, Accounts accounts, Words words, Library library, Clock clock) {
		this.library = library;
		this.clock = clock;
		this.information = information;
		this.disclosures = disclosures;
		this.cases = cases;
		this.sharing = sharing;
		this.hubs = hubs;
		this.agencies = agencies;
		this.accounts = accounts;
		this.words = words;
	}

	/**
	 * The information page: the items the user may see, and for the case team the forms' choices, what their agency
	 * disclosed and the consents in force. Not found for whoever does not see the case.
	 */
	@Transactional
	InformationPage information(CaseId caseId, CurrentUser user) {
		var standing = information.seeing(caseId, user);
		var agreed = sharing.rulesToday(standing.file().hub());
		var items = information.visible(standing, agreed, user);
		var hub = hubs.find(standing.file().hub()).orElseThrow();
		var own = disclosures.madeByMyAgency(standing, agreed, user);
		var consents = standing.team() ? inForce(disclosures.consents(caseId, Optional.of(standing), user)) : List.<Consent>of();
		var members = hub.agencies().stream().map(Hub.MemberAgency::agency).toList();
		var unreached = items.stream().flatMap(item -> item.notReaching().stream()).collect(Collectors.toSet());
		var named = agencies(Stream.concat(members.stream(), unreached.stream()).collect(Collectors.toSet()));
		var inWords = inWords(unreached, named);
		return new InformationPage(caseId, standing, items,
				items.stream().filter(item -> !item.notReaching().isEmpty())
					.collect(Collectors.toMap(Item::id, item -> notSharedInWords(item, inWords))),
				items.stream().filter(item -> item.sourceAgency().equals(user.agencyId())).toList(),
				names(Stream.concat(items.stream().map(Item::author), own.stream().map(Disclosure::disclosedBy)).toList()),
				byName(members, named), members.stream().filter(agency -> !agency.equals(user.agencyId())).toList(),
				Arrays.stream(DataCategory.values()).filter(category -> NeedToKnow.mayRecord(user, category)).toList(),
				own, consents);
	}

	/**
	 * The contacts page: the contacts the user may see, newest first, each decided and traced as every item is; for the
	 * case team the form's choices, and the four Rs of trauma-informed care where the case is marked as a child's or a
	 * returnee's. Not found for whoever does not see the case.
	 */
	@Transactional
	ContactsPage contacts(CaseId caseId, CurrentUser user) {
		var standing = information.seeing(caseId, user);
		var agreed = sharing.rulesToday(standing.file().hub());
		var contacts = information.visible(standing, agreed, user).stream().filter(item -> item.contact() != null)
			.sorted(Comparator.comparing((Item item) -> item.contact().on()).thenComparing(Item::recordedAt).reversed()).toList();
		var hub = hubs.find(standing.file().hub()).orElseThrow();
		var members = hub.agencies().stream().map(Hub.MemberAgency::agency).toList();
		var unreached = contacts.stream().flatMap(item -> item.notReaching().stream()).collect(Collectors.toSet());
		var named = agencies(Stream.concat(members.stream(), unreached.stream()).collect(Collectors.toSet()));
		var inWords = inWords(unreached, named);
		var marked = cases.attributes(caseId, user);
		var fourRs = marked.contains(CaseAttribute.CHILD) || marked.contains(CaseAttribute.RETURNEE)
				? library.checklist(Checklist.FOUR_RS).orElse(null) : null;
		return new ContactsPage(caseId, standing, contacts,
				contacts.stream().filter(item -> !item.notReaching().isEmpty())
					.collect(Collectors.toMap(Item::id, item -> notSharedInWords(item, inWords))),
				names(contacts.stream().map(Item::author).toList()), byName(members, named),
				Arrays.stream(DataCategory.values()).filter(category -> NeedToKnow.mayRecord(user, category)).toList(),
				fourRs, hub.today(clock));
	}

	/** The agencies an item does not reach, named with their sector: "Augsburg Police Prevention Unit (police)". */
	private Map<AgencyId, String> inWords(java.util.Set<AgencyId> unreached, Map<AgencyId, Agency> named) {
		return unreached.stream().filter(named::containsKey).collect(Collectors.toMap(Function.identity(), agency -> named.get(agency)
			.name() + " (" + words.in(Words.named("agency.sector.phrase.", named.get(agency).details().sector())) + ")"));
	}

	/** An item of the case with its earlier versions; not found where the item is not one of this case's. */
	@Transactional
	ItemPage item(CaseId caseId, ItemId itemId, CurrentUser user) {
		var read = information.withHistory(caseId, itemId, user);
		return new ItemPage(read.item(), read.history(), agencies.nameOf(read.item().sourceAgency()),
				names(List.of(read.item().author())).get(read.item().author()));
	}

	/** The hub's member agencies with their names, in the order of their names, read at once. */
	@Transactional(readOnly = true)
	Map<AgencyId, String> memberNames(Hub hub) {
		var members = hub.agencies().stream().map(Hub.MemberAgency::agency).toList();
		return byName(members, agencies(members));
	}

	/** The disclosure ledger of a case, for those who may read it; not found for anyone else. */
	@Transactional
	LedgerPage ledger(CaseId caseId, CurrentUser user) {
		var standing = cases.standing(caseId, user);
		var entries = disclosures.ledger(caseId, standing, user);
		var members = hubs.find(standing.orElseThrow().file().hub()).orElseThrow().agencies().stream()
			.map(Hub.MemberAgency::agency).toList();
		return new LedgerPage(caseId, entries, byName(members, agencies(members)),
				names(entries.stream().map(Disclosure::disclosedBy).toList()));
	}

	/** The consents given and not withdrawn since: a withdrawal is a decision of the same case, so in the same list. */
	private static List<Consent> inForce(List<Consent> consents) {
		var withdrawn = consents.stream().map(Consent::withdraws).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
		return consents.stream().filter(consent -> consent.decision() == Consent.Decision.GIVEN && !withdrawn.contains(consent.id()))
			.toList();
	}

	/**
	 * "Not shared with Augsburg Police Prevention Unit (police) under the agreement — disclose it if the purpose needs
	 * it": told to the recording agency only, so that a hidden item is a choice and not an accident.
	 */
	private String notSharedInWords(Item item, Map<AgencyId, String> named) {
		var another = words.in(Words.of("sharing.anotherAgency"));
		var whom = item.notReaching().stream().map(agency -> named.getOrDefault(agency, another))
			.sorted().collect(Collectors.joining(", "));
		return words.in(switch (item.category()) {
			case IDENTITY, SOCIAL, EDUCATION -> Words.of("sharing.information.notShared.byAgreement", whom);
			case HEALTH, SECURITY, JUSTICE -> Words.of("sharing.information.notShared.staysWithAgency", whom,
					Words.named("hub.category.phrase.", item.category()));
		});
	}

	/** The agencies of these ids that exist, in one reading. */
	private Map<AgencyId, Agency> agencies(Collection<AgencyId> ids) {
		return agencies.find(ids).stream().collect(Collectors.toMap(Agency::id, Function.identity()));
	}

	/** The hub's agencies in the order of their names; an agency that no longer exists has an empty name. */
	private static Map<AgencyId, String> byName(List<AgencyId> members, Map<AgencyId, Agency> named) {
		Function<AgencyId, String> name = agency -> Optional.ofNullable(named.get(agency)).map(Agency::name).orElse("");
		return members.stream().sorted(Comparator.comparing(name))
			.collect(Collectors.toMap(Function.identity(), name, (a, b) -> a, LinkedHashMap::new));
	}

	/** Staff names as colleagues see them, each account read once. */
	private Map<UserId, String> names(Collection<UserId> users) {
		var removed = words.in(Words.of("sharing.accountRemoved"));
		return new HashSet<>(users).stream().collect(Collectors.toMap(Function.identity(),
				user -> accounts.card(user).map(StaffCard::displayName).orElse(removed)));
	}
}
