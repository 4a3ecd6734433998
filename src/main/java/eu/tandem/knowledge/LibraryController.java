package eu.tandem.knowledge;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import eu.tandem.identity.PublicPages;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The library for everyone, without sign-in: browse by theme, type, country and date, search, read an item. */
@Controller
class LibraryController {

	/** A theme with its subthemes, for the browsing menu. */
	record ThemeMenu(LibraryEntry theme, List<LibraryEntry> subthemes) {
	}

	/** A country practices come from, for the filter, named in the reader's language where Java knows its code. */
	record Country(String code, String name) {

		static Country of(String code, @Nullable String asWritten, Locale reader) {
			var named = Locale.of("", code).getDisplayCountry(reader);
			return new Country(code, named.isBlank() || named.equals(code) ? Objects.requireNonNullElse(asWritten, code) : named);
		}
	}

	private final KnowledgeStore store;
	private final LibrarySearch search;
	private final Library library;

	LibraryController(KnowledgeStore store, LibrarySearch search, Library library) {
		this.store = store;
		this.search = search;
		this.library = library;
	}

	@Bean
	static PublicPages libraryPublicPages() {
		return () -> List.of("/knowledge", "/knowledge/items/*", "/knowledge/checklists", "/knowledge/checklists/*", "/api/v1/knowledge",
				"/api/v1/knowledge.csv");
	}

	@GetMapping("/knowledge")
	String library(@RequestParam(defaultValue = "") String q, @RequestParam(name = "in", defaultValue = "") String in,
			@RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "1") String page, Locale reader, Model model) {
		var published = store.published();
		model.addAttribute("menu", menu(published));
		model.addAttribute("types", Arrays.stream(ItemType.values()).filter(ItemType::titled).toList());
		model.addAttribute("allTypes", ItemType.values());
		model.addAttribute("countries", published.stream().filter(entry -> entry.content().countryCode() != null)
			.map(entry -> Country.of(entry.content().countryCode(), entry.content().country(), reader)).distinct()
			.sorted(Comparator.comparing(Country::name, Collator.getInstance(reader))).toList());
		model.addAttribute("q", q.length() > SearchWords.MAX_LENGTH ? "" : q);
		model.addAttribute("in", in);
		model.addAttribute("type", type);
		model.addAttribute("country", country);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			var place = within(in);
			var filters = new LibrarySearch.Filters(place != null && place.type() == ItemType.THEME ? place.key() : null,
					place != null && place.type() == ItemType.SUBTHEME ? place.key() : null, type(type),
					country.isBlank() ? null : country.strip(), year("from", from), year("to", to));
			var pageNumber = page.matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(page)) : 1;
			var results = q.isBlank() ? search.browse(filters, pageNumber) : search.search(q, filters, pageNumber);
			model.addAttribute("results", results);
		}
		catch (InvalidInput refused) {
			model.addAttribute("problem", refused);
			model.addAttribute("problemField", refused.field());
			model.addAttribute("results", search.browse(LibrarySearch.Filters.none(), 1));
		}
		return "knowledge/library";
	}

	@GetMapping("/knowledge/items/{key}")
	String item(@PathVariable String key, Model model) {
		var entry = store.published(key).orElseThrow(NotFound::new);
		model.addAttribute("entry", entry);
		model.addAttribute("shown", entry.content());
		var published = store.published();
		model.addAttribute("children", published.stream()
			.filter(child -> entry.type() == ItemType.THEME ? entry.key().equals(child.content().themeKey()) && child.type() == ItemType.SUBTHEME
					: entry.type() == ItemType.SUBTHEME && entry.key().equals(child.content().subthemeKey()))
			.toList());
		model.addAttribute("meetings", entry.content().meetingKeys().stream().map(store::published).flatMap(Optional::stream).toList());
		model.addAttribute("questions", entry.type() != ItemType.MEETING ? List.of()
				: published.stream().filter(other -> other.content().meetingKeys().contains(entry.key())).toList());
		model.addAttribute("checklists", library.checklists().stream().filter(checklist -> checklist.sourceItem().equals(key)).toList());
		return "knowledge/item";
	}

	@GetMapping("/knowledge/checklists")
	String checklists(Model model) {
		model.addAttribute("checklists", library.checklists());
		return "knowledge/checklists";
	}

	@GetMapping("/knowledge/checklists/{key}")
	String checklist(@PathVariable String key, Model model) {
		var checklist = library.checklist(key).orElseThrow(NotFound::new);
		model.addAttribute("checklist", checklist);
		model.addAttribute("source", store.published(checklist.sourceItem()).orElse(null));
		return "knowledge/checklist";
	}

	static List<ThemeMenu> menu(List<LibraryEntry> published) {
		var menu = new LinkedHashMap<String, ThemeMenu>();
		published.stream().filter(entry -> entry.type() == ItemType.THEME)
			.forEach(theme -> menu.put(theme.key(), new ThemeMenu(theme, new java.util.ArrayList<>())));
		published.stream().filter(entry -> entry.type() == ItemType.SUBTHEME && menu.containsKey(entry.content().themeKey()))
			.forEach(subtheme -> menu.get(subtheme.content().themeKey()).subthemes().add(subtheme));
		return List.copyOf(menu.values());
	}

	/** The theme or subtheme to browse in, or null for the whole library. */
	private @Nullable LibraryEntry within(String key) {
		if (key.isBlank()) {
			return null;
		}
		return store.published(key.strip()).filter(entry -> entry.type() == ItemType.THEME || entry.type() == ItemType.SUBTHEME)
			.orElseThrow(() -> InvalidInput.of("in", "knowledge.error.noSuchPlace"));
	}

	private static @Nullable ItemType type(String name) {
		if (name.isBlank()) {
			return null;
		}
		return ItemType.fromApiName(name.strip())
			.orElseThrow(() -> InvalidInput.of("type", "knowledge.error.noSuchType"));
	}

	private static @Nullable Integer year(String field, String value) {
		if (value.isBlank()) {
			return null;
		}
		if (!value.strip().matches("(19|20)\\d\\d")) {
			throw InvalidInput.of(field, "knowledge.error.year");
		}
		return Integer.parseInt(value.strip());
	}

}
