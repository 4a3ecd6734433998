package eu.tandem.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import eu.tandem.hub.Hub;
import eu.tandem.web.TimeZones;

/**
 * A hub's calendar: its "today", and the year its references count in, are those of the hub's own time zone (from
 * its country), not the server's. A referral filed in Augsburg at half past midnight on New Year's Day, which is
 * still the old year in UTC, is of the new year.
 */
public final class HubCalendar {

	private HubCalendar() {
	}

	/** The hub's time zone. */
	public static ZoneId zoneOf(Hub hub) {
		return TimeZones.ofCountryOrDefault(hub.details().country().code());
	}

	/** The day it is now where the hub works. */
	public static LocalDate today(Hub hub, Clock clock) {
		return LocalDate.now(clock.withZone(zoneOf(hub)));
	}
}
