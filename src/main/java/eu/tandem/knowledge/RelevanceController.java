package eu.tandem.knowledge;


import java.util.UUID;

import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The curators keep the rules that decide what case screens show: add a rule with its reason, remove one. */
@Controller
@PreAuthorize("hasRole('KNOWLEDGE_CURATOR')")
class RelevanceController {

	private final RelevanceRules rules;
	private final KnowledgeStore store;

	RelevanceController(RelevanceRules rules, KnowledgeStore store) {
		this.rules = rules;
		this.store = store;
	}

	@GetMapping("/knowledge/curation/relevance")
	String rules(Model model) {
		model.addAttribute("rules", rules.active());
		model.addAttribute("attributes", CaseAttribute.values());
		model.addAttribute("items", store.published().stream()
			.filter(entry -> entry.type() != ItemType.THEME && entry.type() != ItemType.SUBTHEME).toList());
		return "knowledge/relevance";
	}

	@PostMapping("/knowledge/curation/relevance")
	String add(@RequestParam(defaultValue = "") String attribute, @RequestParam(defaultValue = "") String item,
			@RequestParam(defaultValue = "") String why, @AuthenticationPrincipal CurrentUser curator, Model model,
			RedirectAttributes redirect) {
		try {
			var rule = rules.add(attribute, item, why, curator);
			redirect.addFlashAttribute("notice", Words.of("knowledge.notice.ruleAdded", RelevanceRules.inWords(rule.caseAttribute())));
			return "redirect:/knowledge/curation/relevance";
		}
		catch (InvalidInput refused) {
			model.addAttribute("problem", refused);
			model.addAttribute("problemField", refused.field());
			model.addAttribute("chosenAttribute", attribute);
			model.addAttribute("chosenItem", item);
			model.addAttribute("why", why);
			return rules(model);
		}
	}

	@PostMapping("/knowledge/curation/relevance/{id}/remove")
	String remove(@PathVariable String id, @AuthenticationPrincipal CurrentUser curator, RedirectAttributes redirect) {
		UUID rule;
		try {
			rule = UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound();
		}
		rules.remove(rule, curator);
		redirect.addFlashAttribute("notice", Words.of("knowledge.notice.ruleRemoved"));
		return "redirect:/knowledge/curation/relevance";
	}

}
