package eu.tandem.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.tandem.privacy.InWords;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The answer as released, made once from the reviewed draft and the decisions: withheld entries are left out, and so
 * is every line of the access history about them, so that nothing hints at what was withheld; where the officer
 * allowed it, a sentence says what was withheld and under which ground, in the language the draft was compiled in. The
 * trail's record identifiers, which the draft needed for that, are left out too.
 */
final class FinalAnswer {

	private FinalAnswer() {
	}

	static SubjectAccessReport of(SubjectAccessReport draft, List<SubjectAccessStore.StoredEntry> decisions, Instant finalisedAt,
			String finalisedBy, MessageSource messages) {
		var language = InWords.locale(draft.language());
		var byKey = decisions.stream().collect(Collectors.toMap(SubjectAccessStore.StoredEntry::key, Function.identity()));
		var withheldRecords = new HashSet<String>();
		var sections = new ArrayList<SubjectAccessReport.Section>();
		var statements = new ArrayList<String>();
		for (var section : draft.sections()) {
			var kept = new ArrayList<SubjectAccessReport.Entry>();
			for (var entry : section.entries()) {
				var decision = byKey.get(entry.key());
				if (decision == null) {
					throw new IllegalStateException("An entry of the draft has no decision: " + entry.key());
				}
				switch (decision.decision()) {
					case INCLUDED, RELEASED -> kept.add(withoutRecords(entry));
					case WITHHELD -> {
						withheldRecords.addAll(entry.records());
						if (Boolean.TRUE.equals(decision.tellPerson())) {
							statements.add(statement(entry.kind(), entry.recordingAgency(), entry.when(), decision.ground(), messages, language));
						}
					}
					case PENDING -> throw new IllegalStateException("An entry is withheld without a ground: " + entry.key());
				}
			}
			if (!kept.isEmpty()) {
				sections.add(new SubjectAccessReport.Section(section.title(), kept));
			}
		}
		var history = draft.accessHistory().stream().filter(line -> line.record() == null || !withheldRecords.contains(line.record()))
			.map(line -> new SubjectAccessReport.Access(line.first(), line.last(), line.times(), line.who(), line.agency(), line.what(),
					line.outcome(), line.purpose(), line.kind(), line.inWords(), null))
			.toList();
		return new SubjectAccessReport("Final", draft.person(), draft.hub(), draft.compiledAt(), draft.compiledBy(), finalisedAt,
				finalisedBy, sections, statements, history, draft.language());
	}

	/** "An item recorded by Augsburg Police Prevention Unit on 2 December 2026 was withheld under GDPR Art. 23(1)(d) …" */
	static String statement(String kind, @Nullable String agency, @Nullable Instant when, String ground, MessageSource messages,
			Locale language) {
		var what = kind.substring(0, 1).toUpperCase(language) + kind.substring(1);
		var under = ground.strip().endsWith(".") ? ground.strip() : ground.strip() + ".";
		var day = InWords.date(when, language);
		var byAgency = agency != null && !agency.isBlank();
		if (byAgency) {
			return day == null ? messages.getMessage("sharing.answer.withheld.by", new Object[] { what, agency, under }, language)
					: messages.getMessage("sharing.answer.withheld.byOn", new Object[] { what, agency, day, under }, language);
		}
		return day == null ? messages.getMessage("sharing.answer.withheld", new Object[] { what, under }, language)
				: messages.getMessage("sharing.answer.withheld.dated", new Object[] { what, day, under }, language);
	}

	private static SubjectAccessReport.Entry withoutRecords(SubjectAccessReport.Entry entry) {
		return new SubjectAccessReport.Entry(entry.key(), entry.title(), entry.kind(), entry.when(), entry.recordedBy(),
				entry.recordingAgency(), entry.category(), entry.fields(), entry.earlierVersions(), List.of());
	}
}
