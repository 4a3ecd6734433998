package eu.tandem.identity;

import java.util.List;

/**
 * What a module puts on a signed-in user's start page because it needs them now: emergency access to information
 * their agency holds, a subject access request waiting for their agency's release. A module declares a bean; it
 * decides who gets which notice and traces what a notice shows.
 */
public interface StartPageNotices {

	/** The notices for this user, newest first; empty when there is nothing for them. */
	List<StartPageNotice> noticesFor(CurrentUser user);
}
