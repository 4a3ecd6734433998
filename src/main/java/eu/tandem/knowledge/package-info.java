/**
 * The network's knowledge: what the RAN HEALTH overview paper gathered over years (themes, meetings and papers,
 * practices, lessons learned, open questions), searchable without sign-in, kept by knowledge curators with a second
 * curator publishing each change, and shown on case screens where a case's attributes make it relevant. It holds no
 * personal data of clients.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "web", "kernel" })
package eu.tandem.knowledge;
