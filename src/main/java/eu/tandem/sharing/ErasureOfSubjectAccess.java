package eu.tandem.sharing;

import java.time.Clock;
import java.util.LinkedHashSet;

import eu.tandem.casework.CaseErasureDue;
import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseFiles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a case's retention ends, every subject access request about its person in its hub goes with it, in the same
 * transaction: a compiled draft or answer holds the case's items word for word. A draft is deleted; an answered request
 * keeps a pseudonymous row — hub, who started and finalised it and when — so that the requests answered can still be
 * counted, as the case itself does. When it was the person's last case, their requests in every hub go.
 */
@Component
class ErasureOfSubjectAccess {

	private final SubjectAccessStore store;
	private final CaseFiles cases;
	private final Clock clock;

	ErasureOfSubjectAccess(SubjectAccessStore store, CaseFiles cases, Clock clock) {
		this.store = store;
		this.cases = cases;
		this.clock = clock;
	}

	@EventListener
	void on(CaseErasureDue due) {
		if (due.person() == null) {
			return;
		}
		var requests = new LinkedHashSet<java.util.UUID>();
		if (due.lastCaseOfPerson()) {
			requests.addAll(store.ofPerson(due.person().value(), null));
		}
		else {
			// the case is still there while its erasure is being done: it names the hub
			cases.ofPerson(due.person()).stream().filter(file -> file.id().equals(due.caseId())).map(CaseFile::hub).findFirst()
				.ifPresent(hub -> requests.addAll(store.ofPerson(due.person().value(), hub)));
		}
		requests.forEach(id -> store.erase(id, clock.instant()));
	}
}
