package eu.tandem.casework;

import java.util.Optional;

import eu.tandem.identity.CurrentUser;

/**
 * A module's part of a case as other systems read it ({@code GET /api/v1/cases/{reference}}): the plan, the reviews and
 * follow-ups. Each part is a value that renders as JSON, holding only what this viewer may see by the module's own rule;
 * empty where the module has nothing to say. The standing comes from {@link CaseFiles#view} in the same request.
 */
public interface CaseSummaryPart {

	/** The part's name in the JSON object: {@code plan}, {@code reviews}. */
	String name();

	Optional<Object> of(CaseStanding standing, CurrentUser viewer);
}
