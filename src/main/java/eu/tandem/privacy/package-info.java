/**
 * Everything Tandem holds about one person, brought together for the person's rights (GDPR Art. 15): the interface
 * that every module holding personal data implements ({@link eu.tandem.privacy.PersonalDataHolder}) and the values it
 * answers in. It knows no module that implements it, so that any module can; the subject access request that
 * collects the answers lives in {@code sharing}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "audit", "hub" })
package eu.tandem.privacy;
