/**
 * Encryption at rest of the most sensitive content (health and security items): authenticated encryption
 * bound to the record the content belongs to, with keys kept outside the database and rotated without
 * downtime. It calls nobody; the modules that own sealed content call it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package eu.tandem.vault;
