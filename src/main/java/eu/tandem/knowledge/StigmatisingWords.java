package eu.tandem.knowledge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Language;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words that label a person instead of describing what they said or did — "terrorist", "psychopath" — a list per
 * language that curators keep (DESIGN.md: "Wording in the UI avoids stigmatising language"; the paper's lesson on
 * professional boundaries and stigmatisation). A note that uses one is met with a prompt, never refused: the list
 * says what to reconsider, not what may not be written.
 */
@Service
class StigmatisingWords {

	/** The longest word or phrase a curator lists. */
	static final int LONGEST = 60;

	/** A listed word, with who added it (none for those Tandem shipped with). */
	record Listed(UUID id, Language language, String word, boolean seeded, @Nullable UUID addedBy, Instant addedAt) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	StigmatisingWords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The words listed now, by language and then alphabetically. */
	List<Listed> listed() {
		return jdbc.sql("""
				select id, language, word, origin, added_by, added_at from knowledge.stigmatising_word
				 where removed_at is null order by language, lower(word)""")
			.query((rs, row) -> new Listed(rs.getObject("id", UUID.class), Language.ofCode(rs.getString("language")).orElseThrow(),
					rs.getString("word"), "SEED".equals(rs.getString("origin")), rs.getObject("added_by", UUID.class),
					rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	/** The listed words, of every language, that the text uses: as the text writes them, each once, in the order of the list. */
	List<String> foundIn(String text) {
		return found(text, listed().stream().map(Listed::word).toList());
	}

	/**
	 * The matching rule: a listed word is used where it stands as a whole word, whatever its case — "Terrorist" and
	 * "TERRORIST" use "terrorist", "terrorism" and "counter-terrorist" do not (a hyphen is not part of a word here, so
	 * the latter does: the curators list the forms they mean). Every language's list is asked, since a note is often
	 * written in another language than the screen's, and a word in two lists is found once. Each is named as the text
	 * writes it, so that the writer recognises their own word.
	 */
	static List<String> found(String text, Collection<String> listed) {
		var found = new ArrayList<String>();
		for (var word : listed) {
			var used = wholeWord(word).matcher(text);
			if (found.stream().noneMatch(known -> known.equalsIgnoreCase(word)) && used.find()) {
				found.add(used.group());
			}
		}
		return List.copyOf(found);
	}

	private static Pattern wholeWord(String word) {
		return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(word.strip()) + "(?![\\p{L}\\p{N}_])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** A curator lists a word for a language; one listed already for that language is refused with the rule. */
	@Transactional
	Listed add(@Nullable String languageCode, @Nullable String word, CurrentUser curator) {
		var language = Language.ofCode(languageCode == null ? "" : languageCode.strip()).orElse(null);
		var problems = new ArrayList<InvalidInput>();
		if (language == null) {
			problems.add(InvalidInput.of("wordLanguage", "knowledge.error.words.noLanguage"));
		}
		String listed = null;
		try {
			listed = PlainText.required("word", Words.of("knowledge.words.word"), word == null ? "" : word, LONGEST);
		}
		catch (InvalidInput invalid) {
			problems.add(invalid);
		}
		if (language != null && listed != null && isListed(language, listed)) {
			problems.add(InvalidInput.of("word", "knowledge.error.words.listedAlready", listed, language.ownName()));
		}
		if (!problems.isEmpty()) {
			throw InvalidInput.together(problems);
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into knowledge.stigmatising_word (id, language, word, origin, added_by, added_at)
				values (:id, :language, :word, 'CURATOR', :by, :at)""")
			.param("id", id).param("language", language.code()).param("word", listed).param("by", curator.id().value())
			.param("at", Timestamp.from(clock.instant())).update();
		return listed().stream().filter(known -> known.id().equals(id)).findFirst().orElseThrow();
	}

	private boolean isListed(Language language, String word) {
		return jdbc.sql("""
				select count(*) from knowledge.stigmatising_word
				 where language = :language and lower(word) = lower(:word) and removed_at is null""")
			.param("language", language.code()).param("word", word).query(Long.class).single() > 0;
	}

	/** A curator takes a word off the list; it is kept as removed, with who removed it and when. */
	@Transactional
	Listed remove(UUID id, CurrentUser curator) {
		var word = listed().stream().filter(known -> known.id().equals(id)).findFirst().orElseThrow(NotFound::new);
		jdbc.sql("update knowledge.stigmatising_word set removed_by = :by, removed_at = :at where id = :id and removed_at is null")
			.param("by", curator.id().value()).param("at", Timestamp.from(clock.instant())).param("id", id).update();
		return word;
	}
}
