/**
 * The synthetic demo data set (agencies in Germany and Denmark, one or more accounts for every role),
 * loaded once on the first start with the embedded database, or into any database when asked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "agency", "agency :: setup", "identity", "identity :: setup", "hub", "hub :: setup", "person",
		"referral", "casework", "casework :: setup", "sharing", "plan", "knowledge", "web" })
package eu.tandem.demo;
