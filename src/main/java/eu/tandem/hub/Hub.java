package eu.tandem.hub;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.web.TimeZones;

/**
 * A hub as stored: its details, its member agencies and people, whether its public page is published, and the
 * letters that open the references of its referrals and cases ({@code AUG} in {@code AUG-2026-0042}).
 */
public record Hub(HubId id, String referencePrefix, HubDetails details, List<MemberAgency> agencies, List<Member> members, boolean published,
		long version) {

	/** An agency in the hub, with its part in the hub's work in plain language. */
	public record MemberAgency(AgencyId agency, String roleInHub) {
	}

	/** A named person in the hub and their hub role. */
	public record Member(UserId user, AgencyId agency, HubRole role) {
	}

	public Hub {
		agencies = List.copyOf(agencies);
		members = List.copyOf(members);
	}

	public String name() {
		return details.name();
	}

	public boolean hasMemberAgency(AgencyId agency) {
		return agencies.stream().anyMatch(member -> member.agency().equals(agency));
	}

	public Optional<Member> member(UserId user) {
		return members.stream().filter(member -> member.user().equals(user)).findFirst();
	}

	/**
	 * The time zone the hub works in, its country's: its days, and the year its references count in, are this zone's,
	 * not the server's. A country Tandem knows no zone for works in {@link TimeZones#DEFAULT}.
	 */
	public ZoneId zone() {
		return TimeZones.ofCountryOrDefault(details.country().code());
	}

	/**
	 * The day it is where the hub works, in its own time zone: the day its agreements are judged on, its screens call
	 * today and its references count the year of, so that a German hub's day does not end at one in the morning and a
	 * referral filed there at half past midnight on New Year's Day is of the new year.
	 */
	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(zone()));
	}

	public List<Member> coordinators() {
		return members.stream().filter(member -> member.role() == HubRole.COORDINATOR).toList();
	}
}
