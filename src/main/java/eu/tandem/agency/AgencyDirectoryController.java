package eu.tandem.agency;

import java.util.List;
import java.util.Locale;

import eu.tandem.identity.Profession;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agency directory. Its filters are in the address, unlike the staff search: they describe agencies,
 * never a person, so a search can be bookmarked and sent to a colleague. htmx asks for the result rows
 * only; a history restore, a bookmark and a browser without script get the whole page.
 */
@Controller
class AgencyDirectoryController {

	private final AgencyDirectory directory;

	AgencyDirectoryController(AgencyDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/agencies")
	String directory(@RequestParam(required = false) String q, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String country, @RequestParam(required = false) String region,
			@RequestParam(required = false) String profession,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response, Locale locale, Model model) {
		var filter = DirectoryFilter.of(q, sector, country, region, profession);
		var entries = directory.search(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries);
		// the same address answers with a whole page or with rows: caches must keep them apart
		response.addHeader("Vary", "HX-Request");
		if (htmx != null && historyRestore == null) {
			return "agency/directory-results";
		}
		model.addAttribute("sectors", List.of(Sector.values()));
		model.addAttribute("countries", directory.countries().stream().sorted(Country.byName(locale)).toList());
		model.addAttribute("professions", List.of(Profession.values()));
		return "agency/directory";
	}
}
