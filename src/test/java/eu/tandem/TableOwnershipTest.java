package eu.tandem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module keeps its tables in a PostgreSQL schema named after it, and its code and migrations touch no
 * other module's schema. Spring Modulith verifies the code's dependencies; this verifies the SQL.
 */
class TableOwnershipTest {

	static final Path SOURCES = Path.of("src/main/java/eu/tandem");
	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
	/** Every module with migrations owns the schema named after it. */
	static final List<String> SCHEMAS = schemas();
	static final Pattern QUALIFIED_TABLE = Pattern.compile(
			"(?i)\\b(?:from|into|update|join|table|on|references|lock table|truncate)\\s+([a-z_]+)\\.([a-z_]+)");

	@Test
	void moduleCodeTouchesOnlyItsOwnSchema() throws IOException {
		assertThat(trespassesIn(SOURCES, ".java")).isEmpty();
	}

	@Test
	void migrationsTouchOnlyTheirModulesSchema() throws IOException {
		assertThat(trespassesIn(MIGRATIONS, ".sql")).isEmpty();
	}

	/** The module of a file is the first folder below the root: its package, or its migration folder. */
	private static List<String> trespassesIn(Path root, String extension) throws IOException {
		var trespasses = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(root)) {
			for (var file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
				collectTrespasses(file, root.relativize(file).getName(0).toString(), trespasses);
			}
		}
		return trespasses;
	}

	private static List<String> schemas() {
		try (Stream<Path> folders = Files.list(MIGRATIONS)) {
			return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void knowsEveryModulesSchema() {
		assertThat(SCHEMAS).contains("audit", "identity", "agency", "hub", "person", "demo");
	}

	@Test
	void findsQualifiedTablesInSql() {
		var matcher = QUALIFIED_TABLE.matcher("select * from identity.account join agency.agency on true");
		var schemas = new ArrayList<String>();
		while (matcher.find()) {
			schemas.add(matcher.group(1));
		}
		assertThat(schemas).containsExactly("identity", "agency");
	}

	private static void collectTrespasses(Path file, String module, List<String> trespasses) throws IOException {
		var matcher = QUALIFIED_TABLE.matcher(Files.readString(file));
		while (matcher.find()) {
			var schema = matcher.group(1).toLowerCase();
			if (SCHEMAS.contains(schema) && !schema.equals(module)) {
				trespasses.add(file + " (module " + module + ") touches " + schema + "." + matcher.group(2));
			}
		}
	}
}
