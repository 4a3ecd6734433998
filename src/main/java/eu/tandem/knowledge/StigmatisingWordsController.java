package eu.tandem.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Language;
import eu.tandem.web.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The curators keep the words a note is prompted about: a list per language, a word added or taken off. */
@Controller
@PreAuthorize("hasRole('KNOWLEDGE_CURATOR')")
class StigmatisingWordsController {

	/** The form to list a word, as typed, so that a refused word comes back as it was. */
	static class WordForm {

		/** Not "language": the header's language switch has that id, and an error links to its field by the field's name. */
		private String wordLanguage = Language.current().code();
		private String word = "";

		public String getWordLanguage() { return wordLanguage; }
		public void setWordLanguage(String wordLanguage) { this.wordLanguage = wordLanguage; }
		public String getWord() { return word; }
		public void setWord(String word) { this.word = word; }
	}

	private final StigmatisingWords words;

	StigmatisingWordsController(StigmatisingWords words) {
		this.words = words;
	}

	@GetMapping("/knowledge/curation/words")
	String list(Model model) {
		var byLanguage = new LinkedHashMap<Language, List<StigmatisingWords.Listed>>();
		var listed = words.listed();
		for (var language : Language.values()) {
			byLanguage.put(language, listed.stream().filter(word -> word.language() == language).toList());
		}
		model.addAttribute("lists", byLanguage);
		model.addAttribute("lesson", Library.itemPath(Library.PROFESSIONAL_BOUNDARIES));
		if (!model.containsAttribute("wordForm")) {
			model.addAttribute("wordForm", new WordForm());
		}
		return "knowledge/words";
	}

	@PostMapping("/knowledge/curation/words")
	String add(@ModelAttribute("wordForm") WordForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser curator,
			Model model, RedirectAttributes redirect) {
		try {
			var added = words.add(form.getWordLanguage(), form.getWord(), curator);
			redirect.addFlashAttribute("notice", Words.of("knowledge.notice.wordAdded", added.word(), added.language().ownName()));
			return "redirect:/knowledge/curation/words";
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return list(model);
		}
	}

	@PostMapping("/knowledge/curation/words/{id}/remove")
	String remove(@PathVariable String id, @AuthenticationPrincipal CurrentUser curator, RedirectAttributes redirect) {
		UUID word;
		try {
			word = UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound();
		}
		var removed = words.remove(word, curator);
		redirect.addFlashAttribute("notice", Words.of("knowledge.notice.wordRemoved", removed.word(), removed.language().ownName()));
		return "redirect:/knowledge/curation/words";
	}
}
