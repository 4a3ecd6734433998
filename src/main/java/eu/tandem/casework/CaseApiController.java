package eu.tandem.casework;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.tandem.agency.Agencies;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.kernel.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case as JSON, for other systems and scripts signed in with the same session as the pages: its state, owner and
 * team, and what each module adds ({@link CaseSummaryPart}: the plan, reviews, follow-ups), each filtered as the pages
 * are. A reference the user may not see is not found, exactly as one that does not exist. Viewing it is traced as a view
 * of the case.
 */
@RestController
class CaseApiController {

	/** Someone on the team, by name, agency and profession (a code: {@code PSYCHIATRIST}). */
	record Person(String name, String agency, String profession) {
	}

	private final CaseFiles cases;
	private final Hubs hubs;
	private final Accounts accounts;
	private final Agencies agencies;
	private final ObjectProvider<CaseSummaryPart> parts;

	CaseApiController(CaseFiles cases, Hubs hubs, Accounts accounts, Agencies agencies, ObjectProvider<CaseSummaryPart> parts) {
		this.cases = cases;
		this.hubs = hubs;
		this.accounts = accounts;
		this.agencies = agencies;
		this.parts = parts;
	}

	@GetMapping("/api/v1/cases/{reference}")
	@Transactional
	ResponseEntity<Map<String, Object>> show(@PathVariable String reference, @AuthenticationPrincipal CurrentUser user) {
		var id = cases.named(reference).orElseThrow(NotFound::new);
		var standing = cases.view(id, user);
		var file = standing.file();
		// the case's own fields first, then each module's part under its name
		var summary = new LinkedHashMap<String, Object>();
		summary.put("reference", file.reference());
		summary.put("hub", hubs.find(file.hub()).map(Hub::name).orElse(""));
		summary.put("state", file.state());
		summary.put("openedAt", file.openedAt());
		summary.put("closedAt", file.closedAt());
		summary.put("owner", file.owner() == null ? null : accounts.card(file.owner()).map(this::person).orElse(null));
		summary.put("team", file.team().stream().map(member -> accounts.card(member.user())).flatMap(java.util.Optional::stream)
			.map(this::person).toList());
		parts.orderedStream().forEach(part -> part.of(standing, user).ifPresent(value -> summary.put(part.name(), value)));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(summary);
	}

	private Person person(StaffCard card) {
		return new Person(card.displayName(), agencies.nameOf(card.agencyId()), card.profession().name());
	}
}
