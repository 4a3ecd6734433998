package eu.tandem.sharing;

import java.util.List;

import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StartPageNotice;
import eu.tandem.identity.StartPageNotices;
import eu.tandem.web.Words;
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
			.map(waiting -> new StartPageNotice(Words.of("sharing.home.subjectAccess.heading"),
					Words.of("sharing.home.subjectAccess.text", waiting.startedByAgency().isBlank() ? waiting.startedBy()
							: Words.of("sharing.home.subjectAccess.officer", waiting.startedBy(), waiting.startedByAgency()),
							waiting.entries()),
					"/subject-access/" + waiting.request() + "/release", Words.of("sharing.home.subjectAccess.link"),
					waiting.startedAt()))
			.toList();
	}
}
