/**
 * Who is asking: staff accounts with their agency, profession and roles; sign-in with a password and a
 * time-based one-time code; sessions that end on time, on sign-out and when an account is deactivated.
 * Every module may call it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "web", "kernel" })
package eu.tandem.identity;
