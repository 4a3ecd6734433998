package eu.tandem.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;

import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.person.Persons;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case's chronology, filtered by kind and by days. The filters are no personal data, so they stand in the address and
 * a filtered timeline can be printed or bookmarked; a day that cannot be read is named next to its field and the
 * timeline shows unfiltered by it.
 */
@Controller
class ChronologyController {

	private final Chronology chronology;
	private final Persons persons;

	ChronologyController(Chronology chronology, Persons persons) {
		this.chronology = chronology;
		this.persons = persons;
	}

	@GetMapping("/cases/{id}/chronology")
	String show(@PathVariable String id, @RequestParam(defaultValue = "") List<String> kind,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var caseId = CaseId.parse(id).orElseThrow(NotFound::new);
		var kinds = EnumSet.noneOf(ChronologyKind.class);
		kind.forEach(typed -> {
			try {
				kinds.add(ChronologyKind.valueOf(typed));
			}
			catch (IllegalArgumentException unknown) {
				// a kind no screen offers: ignored, as a filter that matches nothing would hide everything
			}
		});
		var problems = new LinkedHashMap<String, MessageSourceResolvable>();
		var fromDay = day("from", from, problems);
		var toDay = day("to", to, problems);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			problems.put("to", InvalidInput.of("to", "casework.chronology.error.toBeforeFrom"));
			toDay = null;
		}
		var timeline = chronology.of(caseId, kinds, fromDay, toDay, user);
		var file = timeline.standing().file();
		model.addAttribute("file", file);
		model.addAttribute("person", file.person() == null ? null : persons.view(file.person(), user, "case chronology"));
		model.addAttribute("timeline", timeline);
		model.addAttribute("kinds", ChronologyKind.values());
		model.addAttribute("chosen", kinds);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("problems", problems);
		return "casework/chronology";
	}

	private static LocalDate day(String field, String typed, LinkedHashMap<String, MessageSourceResolvable> problems) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException notADay) {
			problems.put(field, InvalidInput.of(field, "casework.chronology.error.notADay"));
			return null;
		}
	}
}
