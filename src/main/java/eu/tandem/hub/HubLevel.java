package eu.tandem.hub;

/**
 * Where a hub works: a town or district, a region, or a whole country supporting local hubs; screens name it by key:
 * {@code #{${'hub.level.' + level.name()}}}.
 */
public enum HubLevel {

	LOCAL, REGIONAL, NATIONAL
}
