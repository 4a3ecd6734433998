package eu.tandem.casework;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import eu.tandem.hub.Hubs;
import eu.tandem.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One timeline per case of everything that happened in it, newest first, gathered from every module's
 * {@link CaseChronicle}, each of which gives only what this viewer may see. Filtered by kind and by days in the hub's
 * time zone. Reading it is a view of the case, traced as one.
 */
@Service
class Chronology {

	/** What the chronology page shows: the standing it was read with, the entries, and the hub's today. */
	record Timeline(CaseStanding standing, List<ChronologyEntry> entries, LocalDate today) {
	}

	private final CaseFiles cases;
	private final Hubs hubs;
	private final ObjectProvider<CaseChronicle> chronicles;
	private final java.time.Clock clock;

	Chronology(CaseFiles cases, Hubs hubs, ObjectProvider<CaseChronicle> chronicles, java.time.Clock clock) {
		this.cases = cases;
		this.hubs = hubs;
		this.chronicles = chronicles;
		this.clock = clock;
	}

	/**
	 * The case's chronology for this viewer, of these kinds (all when none is named), between these days, both counted
	 * (open at either end when null). Not found for whoever does not see the case.
	 */
	@Transactional
	Timeline of(CaseId id, Set<ChronologyKind> kinds, @Nullable LocalDate from, @Nullable LocalDate to, CurrentUser viewer) {
		var standing = cases.view(id, viewer);
		var hub = hubs.find(standing.file().hub()).orElseThrow();
		var entries = chronicles.orderedStream().flatMap(chronicle -> chronicle.entries(standing, viewer).stream())
			.filter(entry -> kinds.isEmpty() || kinds.contains(entry.kind()))
			.filter(entry -> {
				var day = entry.at().atZone(hub.zone()).toLocalDate();
				return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
			})
			.sorted(Comparator.comparing(ChronologyEntry::at).reversed())
			.toList();
		return new Timeline(standing, entries, hub.today(clock));
	}
}
