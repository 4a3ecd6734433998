/**
 * What every module says when it refuses, and the rules for text that people type: a record that is not
 * there (or not theirs to know of), input that breaks a rule (with the field it belongs to), an edit made
 * against an older version, and plain and contact text; and the identifier of a referral, which the case
 * opened from it carries. Domain services throw these; the screens in
 * {@code web} turn them into pages. It uses no other module, so that a module without screens need not
 * depend on the web layer to refuse.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package eu.tandem.kernel;
