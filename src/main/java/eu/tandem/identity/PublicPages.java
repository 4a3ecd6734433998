package eu.tandem.identity;

import java.util.List;

/**
 * Pages a module publishes for everyone, without sign-in (a hub's "who does what" page). A module declares
 * them as a bean; everything else stays behind sign-in. Only GET requests are let through.
 */
public interface PublicPages {

	/** Path patterns, e.g. {@code /hubs} and {@code /hubs/*}. */
	List<String> paths();
}
