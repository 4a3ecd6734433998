/**
 * What every screen shares: the page layout's model, the error pages, and the rules for text that people
 * type into forms. Any module with screens may use it; it uses no business module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package eu.tandem.web;
