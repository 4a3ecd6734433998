/**
 * Where Tandem keeps its data: an embedded PostgreSQL under {@code tandem.data-dir} unless an external
 * database is configured with {@code spring.datasource.url}. No other module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package eu.tandem.database;
