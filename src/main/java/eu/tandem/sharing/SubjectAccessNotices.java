package eu.tandem.sharing;

import java.util.List;

import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StartPageNotice;
import eu.tandem.identity.StartPageNotices;
import org.springframework.stereotype.Component;

/**
 * Tells the staff of a recording agency who may release an entry that a subject access request waits for their
 * agency's decision, and where to decide. The notice names who asked and how many entries, never the person or what
 * the entries say, so it reads nothing about the person and traces nothing; the page it links to traces what it shows.
 */
@Component
class SubjectAccessNotices implements StartPageNotices {

	private final SubjectAccess subjectAccess;

	SubjectAccessNotices(SubjectAccess subjectAccess) {
		this.subjectAccess = subjectAccess;
	}

	@Override
	public List<StartPageNotice> noticesFor(CurrentUser user) {
		return subjectAccess.waitingFor(user).stream()
			.map(waiting -> new StartPageNotice("A subject access request waits for your agency's decision",
					waiting.startedBy() + (waiting.startedByAgency().isBlank() ? "" : " (" + waiting.startedByAgency() + ")")
							+ ", data protection officer, is answering a person's request for everything Tandem holds about them. "
							+ (waiting.entries() == 1 ? "1 entry" : waiting.entries() + " entries") + " your agency recorded "
							+ (waiting.entries() == 1 ? "is" : "are") + " withheld from the answer until your agency releases "
							+ (waiting.entries() == 1 ? "it" : "them") + " or says why " + (waiting.entries() == 1 ? "it stays" : "they stay")
							+ " withheld.",
					"/subject-access/" + waiting.request() + "/release", "Decide about your agency's entries", waiting.startedAt()))
			.toList();
	}
}
