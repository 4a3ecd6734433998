package eu.tandem.knowledge;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole published library as open data, without sign-in: JSON for programs, CSV for spreadsheets. One row per
 * item; the same columns in both.
 */
@RestController
class OpenDataController {

	static final List<String> COLUMNS = List.of("id", "type", "title", "text", "theme", "theme_key", "subtheme", "subtheme_key",
			"section", "kind", "working_group", "start_date", "end_date", "date_precision", "place", "country", "country_code", "scope",
			"status", "meetings", "source_url", "origin", "version");

	private final KnowledgeStore store;

	OpenDataController(KnowledgeStore store) {
		this.store = store;
	}

	@GetMapping(path = "/api/v1/knowledge", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Map<String, @Nullable Object>>> json() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(store.published().stream().map(OpenDataController::row).toList());
	}

	@GetMapping(path = "/api/v1/knowledge.csv", produces = "text/csv")
	ResponseEntity<String> csv() {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
			for (var entry : store.published()) {
				var row = row(entry);
				var values = new ArrayList<@Nullable Object>();
				for (var column : COLUMNS) {
					var value = row.get(column);
					values.add(value instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList()) : spreadsheetSafe(value));
				}
				printer.printRecord(values);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tandem-knowledge.csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(out.toString());
	}

	static Map<String, @Nullable Object> row(LibraryEntry entry) {
		var c = entry.content();
		var row = new LinkedHashMap<String, @Nullable Object>();
		row.put("id", entry.key());
		row.put("type", entry.type().apiName());
		row.put("title", entry.type().titled() ? c.title() : null);
		row.put("text", c.body());
		row.put("theme", entry.type() == ItemType.THEME ? c.title() : entry.themeTitle());
		row.put("theme_key", entry.type() == ItemType.THEME ? entry.key() : c.themeKey());
		row.put("subtheme", entry.type() == ItemType.SUBTHEME ? c.title() : entry.subthemeTitle());
		row.put("subtheme_key", entry.type() == ItemType.SUBTHEME ? entry.key() : c.subthemeKey());
		row.put("section", c.section());
		row.put("kind", lower(c.kind()));
		row.put("working_group", c.workingGroup());
		row.put("start_date", c.startDate() == null ? null : c.startDate().toString());
		row.put("end_date", c.endDate() == null ? null : c.endDate().toString());
		row.put("date_precision", lower(c.datePrecision()));
		row.put("place", c.place());
		row.put("country", c.country());
		row.put("country_code", c.countryCode());
		row.put("scope", lower(c.scope()));
		row.put("status", lower(c.questionStatus()));
		row.put("meetings", entry.type() == ItemType.OPEN_QUESTION ? c.meetingKeys() : null);
		row.put("source_url", c.sourceUrl());
		row.put("origin", entry.item().origin() == StoredItem.Origin.PAPER ? "ran-health-overview-paper" : "curator");
		row.put("version", entry.version().number());
		return row;
	}

	private static @Nullable String lower(@Nullable Enum<?> value) {
		return value == null ? null : value.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** A cell a spreadsheet would run as a formula is written as text. */
	private static @Nullable Object spreadsheetSafe(@Nullable Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}
}
