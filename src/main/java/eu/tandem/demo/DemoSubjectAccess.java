package eu.tandem.demo;

import java.util.Map;

import eu.tandem.casework.CaseSetup;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.UserId;
import eu.tandem.sharing.SubjectAccess;
import eu.tandem.web.Language;
import org.springframework.stereotype.Component;

/**
 * A subject access request under review, on the Augsburg demo case: Tomasz Wójcik asked for his data, and the hub's
 * data protection officer Matthias Gruber started the answer. The police's security note and their answer to the
 * deconfliction request are withheld until the police (Lukas Nowak) release them or an officer records a ground; so is
 * the probation officer's emergency access. Loaded right after {@link DemoCase}.
 */
@Component
class DemoSubjectAccess {

	private final SubjectAccess subjectAccess;
	private final CaseSetup cases;
	private final Hubs hubs;
	private final Accounts accounts;

	DemoSubjectAccess(SubjectAccess subjectAccess, CaseSetup cases, Hubs hubs, Accounts accounts) {
		this.subjectAccess = subjectAccess;
		this.cases = cases;
		this.hubs = hubs;
		this.accounts = accounts;
	}

	void load(Map<String, UserId> people) {
		var augsburg = hubs.all().stream().filter(hub -> hub.name().equals("Augsburg Prevention Network")).findFirst().orElseThrow();
		var owner = people.get("oleksandr.kovalenko");
		// Tomasz Wójcik's case: the one the youth welfare office's social worker owns
		var tomasz = cases.ofHub(augsburg.id()).stream().filter(file -> owner.equals(file.owner())).findFirst()
			.orElseThrow(() -> new IllegalStateException("The Augsburg demo case is missing: load DemoCase first"));
		subjectAccess.start(tomasz.id(), user(people, "matthias.gruber"), Language.ENGLISH);
	}

	private CurrentUser user(Map<String, UserId> people, String username) {
		var id = people.get(username);
		var card = accounts.card(id).orElseThrow();
		return new CurrentUser(id, username, card.displayName(), card.agencyId(), card.profession(), card.roles(), 0);
	}
}
