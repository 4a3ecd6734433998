/**
 * "Is this person already known?": scores how likely two descriptions of a person are of one person, with the
 * reasons in words, and gives the blocking keys the registry indexes to fetch candidates. Plain Java with no
 * Spring and no database, so that the registry and {@code bench/linkage} run the same code; nothing here merges
 * or decides, a coordinator does.
 */
package eu.tandem.person.matching;
