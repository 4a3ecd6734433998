package eu.tandem.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.tandem.kernel.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Browse and search the published library. PostgreSQL's full-text search does the stemming and ranking (a title
 * counts most, then the text, then the working group, country and place, then the theme and subtheme the item sits
 * under); this class adds the practitioners' synonyms, a correction for a word typed with a typo, and the matched
 * words marked in what is shown.
 */
@Service
class LibrarySearch {

	static final int PAGE_SIZE = 20;

	// marks around the matched words: ts_headline puts them in, escaping the text keeps them, then they become <mark>
	private static final String START = "⟦";
	private static final String STOP = "⟧";
	private static final String TITLE_MARKS = "HighlightAll=true, StartSel=" + START + ", StopSel=" + STOP;
	private static final String TEXT_MARKS = "MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \", StartSel="
			+ START + ", StopSel=" + STOP;

	/** What to narrow the library to; null means any. */
	record Filters(@Nullable String theme, @Nullable String subtheme, @Nullable ItemType type, @Nullable String country,
			@Nullable Integer fromYear, @Nullable Integer toYear) {

		static Filters none() {
			return new Filters(null, null, null, null, null, null);
		}
	}

	/** One item found, its title and an extract as safe HTML with the matched words in {@code <mark>}. */
	record Hit(LibraryEntry entry, String titleHtml, String extractHtml) {
	}

	/**
	 * @param searchedFor the words searched for after any correction, or null when browsing
	 * @param corrected true when a word was replaced by the one the library has ("anchr" → "anchor")
	 * @param anyWord true when no item has every word and these items have some of them
	 */
	record Results(List<Hit> hits, int total, int page, @Nullable String searchedFor, boolean corrected, boolean anyWord) {

		public int pages() {
			return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
	}

	private final JdbcClient jdbc;
	private final KnowledgeStore store;

	LibrarySearch(JdbcClient jdbc, KnowledgeStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/** Everything published that the filters let through, in the paper's order; themes and subthemes are the headings. */
	Results browse(Filters filters, int page) {
		var where = new StringBuilder(" where 1 = 1");
		var params = new LinkedHashMap<String, Object>();
		filter(filters, where, params);
		if (filters.type() == null) {
			where.append(" and i.type not in ('THEME', 'SUBTHEME')");
		}
		var total = jdbc.sql("select count(*) from " + KnowledgeStore.PUBLISHED_FROM + where).params(params).query(Integer.class).single();
		page = within(page, total);
		var hits = jdbc.sql("select " + KnowledgeStore.PUBLISHED_COLUMNS + " from " + KnowledgeStore.PUBLISHED_FROM + where
				+ " order by i.position limit :limit offset :offset")
			.params(params).param("limit", PAGE_SIZE).param("offset", offset(page))
			.query((rs, row) -> {
				var entry = KnowledgeStore.entry(rs, row);
				var title = entry.type().titled() ? entry.content().title() : entry.content().body();
				return new Hit(entry, HtmlUtils.htmlEscape(title == null ? "" : title), HtmlUtils.htmlEscape(extract(entry)));
			})
			.list();
		return new Results(hits, total, page, null, false, false);
	}

	/**
	 * Items that mention every word (or a synonym of it), best first. A word that matches nothing is replaced by the
	 * library's word most like it; when no item has every word, items with some of them.
	 */
	Results search(String query, Filters filters, int page) {
		var words = SearchWords.parse(query.strip(), store.synonymGroups());
		var searchable = words.terms().stream().filter(term -> !term.singleWord() || !store.isStopWord(term.typed())).toList();
		if (searchable.isEmpty()) {
			throw InvalidInput.of("q", "knowledge.error.tooCommon");
		}
		words = new SearchWords(searchable);
		var corrected = false;
		for (var term : words.terms()) {
			if (term.singleWord() && term.alternatives().size() == 1 && term.typed().length() >= 3 && !term.typed().matches("\\d+")
					&& !store.matchesAnything(term.typed())) {
				var meant = store.nearestWord(term.typed());
				if (meant.isPresent() && !meant.get().equals(term.typed())) {
					words = words.correcting(term, meant.get());
					corrected = true;
				}
			}
		}
		var results = run(words, filters, page, false);
		if (results.total() == 0 && words.terms().size() > 1) {
			results = run(words, filters, page, true);
		}
		return new Results(results.hits(), results.total(), results.page(), words.inWords(), corrected, results.anyWord());
	}

	private Results run(SearchWords words, Filters filters, int page, boolean anyWord) {
		var params = new LinkedHashMap<String, Object>();
		var terms = new ArrayList<String>();
		for (int t = 0; t < words.terms().size(); t++) {
			var alternatives = new ArrayList<String>();
			var term = words.terms().get(t);
			for (int a = 0; a < term.alternatives().size(); a++) {
				var name = "t" + t + "a" + a;
				params.put(name, term.alternatives().get(a));
				alternatives.add("phraseto_tsquery('english', :" + name + ")");
			}
			terms.add("(" + String.join(" || ", alternatives) + ")");
		}
		var query = "(select " + String.join(anyWord ? " || " : " && ", terms) + " as query) q";
		var where = new StringBuilder(" where v.document @@ q.query");
		filter(filters, where, params);
		var total = jdbc.sql("select count(*) from " + KnowledgeStore.PUBLISHED_FROM + " cross join " + query + where).params(params)
			.query(Integer.class).single();
		page = within(page, total);
		var hits = jdbc.sql("select " + KnowledgeStore.PUBLISHED_COLUMNS + """
				, ts_headline('english', coalesce(v.title, v.body, ''), q.query, :titleMarks) as title_marked
				, ts_headline('english', coalesce(v.body, ''), q.query, :textMarks) as text_marked
				  from %s cross join %s %s
				 order by ts_rank(v.document, q.query) desc, i.position
				 limit :limit offset :offset""".formatted(KnowledgeStore.PUBLISHED_FROM, query, where))
			.params(params).param("titleMarks", TITLE_MARKS).param("textMarks", TEXT_MARKS).param("limit", PAGE_SIZE)
			.param("offset", offset(page))
			.query((rs, row) -> {
				var entry = KnowledgeStore.entry(rs, row);
				// a lesson or an open question is its text: shown whole, marked, with no extract below it
				return new Hit(entry, marked(rs.getString("title_marked")),
						entry.type().titled() ? marked(rs.getString("text_marked")) : "");
			})
			.list();
		return new Results(hits, total, page, null, false, anyWord);
	}

	/** A page past the end (an old link, a typed address) shows the last page rather than an empty one. */
	private static int within(int page, int total) {
		return Math.min(Math.max(1, page), Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
	}

	private static void filter(Filters filters, StringBuilder where, Map<String, Object> params) {
		if (filters.theme() != null) {
			where.append(" and v.theme_key = :theme");
			params.put("theme", filters.theme());
		}
		if (filters.subtheme() != null) {
			where.append(" and v.subtheme_key = :subtheme");
			params.put("subtheme", filters.subtheme());
		}
		if (filters.type() != null) {
			where.append(" and i.type = :type");
			params.put("type", filters.type().name());
		}
		if (filters.country() != null) {
			where.append(" and v.country_code = :country");
			params.put("country", filters.country());
		}
		if (filters.fromYear() != null) {
			where.append(" and extract(year from coalesce(v.end_date, v.start_date)) >= :fromYear");
			params.put("fromYear", filters.fromYear());
		}
		if (filters.toYear() != null) {
			where.append(" and extract(year from v.start_date) <= :toYear");
			params.put("toYear", filters.toYear());
		}
	}

	private static int offset(int page) {
		return (Math.max(1, page) - 1) * PAGE_SIZE;
	}

	/** The first words of the item's text, for browsing. */
	private static String extract(LibraryEntry entry) {
		var text = entry.content().body() == null ? "" : entry.content().body();
		if (!entry.type().titled() || text.length() <= 240) {
			return entry.type().titled() ? text : "";
		}
		var cut = text.lastIndexOf(' ', 240);
		return text.substring(0, cut > 0 ? cut : 240) + " …";
	}

	/** Escapes the text, then turns the marks PostgreSQL put around matched words into {@code <mark>}. */
	static String marked(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(text).replace(START, "<mark>").replace(STOP, "</mark>");
	}
}
