/**
 * What every screen shares: the page layout's model, the error pages and the form errors, which turn the
 * refusals of {@code kernel} into pages. Any module with screens may use it; it uses no business module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel" })
package eu.tandem.web;
