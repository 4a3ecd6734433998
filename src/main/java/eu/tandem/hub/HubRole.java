package eu.tandem.hub;

/** The part a person plays in a hub; screens name it by key: {@code #{${'hub.role.' + role.name()}}}. */
public enum HubRole {

	COORDINATOR, STANDING_MEMBER, ADVISOR
}
