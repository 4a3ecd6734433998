/**
 * The people referrals are about: names in all their spellings, a date of birth that may be partial,
 * addresses over time, identifiers, guardians and relatives, and whether a hub already knows someone.
 * Records of one person are merged by a coordinator, never automatically, and can always be unmerged.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "audit", "kernel", "hub", "privacy" })
package eu.tandem.person;
