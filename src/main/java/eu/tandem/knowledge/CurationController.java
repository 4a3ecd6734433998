package eu.tandem.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The knowledge curators' screens: what waits for review, new items, new versions, review, history. */
@Controller
@PreAuthorize("hasRole('KNOWLEDGE_CURATOR')")
class CurationController {

	private final Curation curation;
	private final KnowledgeStore store;
	private final Accounts accounts;
	private final Words words;

	CurationController(Curation curation, KnowledgeStore store, Accounts accounts, Words words) {
		this.curation = curation;
		this.store = store;
		this.accounts = accounts;
		this.words = words;
	}

	@GetMapping("/knowledge/curation")
	String overview(@AuthenticationPrincipal CurrentUser curator, Model model) {
		model.addAttribute("pending", curation.pending());
		model.addAttribute("returned", curation.returnedTo(curator));
		model.addAttribute("me", curator.id().value());
		model.addAttribute("types", List.of(ItemType.MEETING, ItemType.PRACTICE, ItemType.LESSON, ItemType.OPEN_QUESTION));
		return "knowledge/curation";
	}

	@GetMapping("/knowledge/curation/new")
	String blank(@RequestParam(defaultValue = "practice") String type, Model model) {
		var itemType = itemType(type);
		var form = new ItemForm();
		form.setType(itemType.apiName());
		return form(model, itemType, form, null);
	}

	@PostMapping("/knowledge/curation/new")
	String create(@ModelAttribute("form") ItemForm form, BindingResult errors, @RequestParam(defaultValue = "draft") String action,
			@AuthenticationPrincipal CurrentUser curator, Model model, RedirectAttributes redirect) {
		var itemType = itemType(form.getType());
		var content = form.content(itemType, true, store::published, errors);
		if (content == null) {
			return form(model, itemType, form, null);
		}
		var item = curation.create(itemType, content, form.note(), "review".equals(action), curator);
		redirect.addFlashAttribute("notice", "review".equals(action) ? Words.of("knowledge.notice.sent")
				: Words.of("knowledge.notice.drafted"));
		return "redirect:/knowledge/curation/items/" + item.key() + "/versions/1";
	}

	@GetMapping("/knowledge/curation/items/{key}/edit")
	String edit(@PathVariable String key, Model model) {
		var entry = editable(key);
		return form(model, entry.type(), ItemForm.of(entry.type(), entry.content(), entry.item().publishedVersion()), entry);
	}

	/** The published item, or for one never published (returned, withdrawn) its newest version, to start again from. */
	private LibraryEntry editable(String key) {
		return store.published(key).or(() -> store.item(key)
			.flatMap(item -> store.latestVersion(item.id()).map(version -> new LibraryEntry(item, version, null, null))))
			.orElseThrow(NotFound::new);
	}

	@PostMapping("/knowledge/curation/items/{key}/edit")
	String change(@PathVariable String key, @ModelAttribute("form") ItemForm form, BindingResult errors,
			@RequestParam(defaultValue = "draft") String action, @AuthenticationPrincipal CurrentUser curator, Model model,
			RedirectAttributes redirect) {
		var entry = editable(key);
		var content = form.content(entry.type(), entry.item().origin() == StoredItem.Origin.CURATOR, store::published, errors);
		if (content == null) {
			return form(model, entry.type(), form, entry);
		}
		try {
			var version = curation.edit(key, content, form.note(), form.getBasedOn(), "review".equals(action), curator);
			redirect.addFlashAttribute("notice", !"review".equals(action) ? Words.of("knowledge.notice.versionDrafted", version.number())
					: entry.item().publishedVersion() == null ? Words.of("knowledge.notice.versionSentUnpublished", version.number())
					: Words.of("knowledge.notice.versionSent", version.number(), entry.item().publishedVersion()));
			return "redirect:/knowledge/curation/items/" + key + "/versions/" + version.number();
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return form(model, entry.type(), form, entry);
		}
		catch (EditConflict conflict) {
			errors.addError(new ObjectError(errors.getObjectName(), conflict.getCodes(), conflict.getArguments(),
					conflict.getDefaultMessage()));
			return form(model, entry.type(), form, entry);
		}
	}

	@GetMapping("/knowledge/curation/items/{key}/versions/{number}")
	String version(@PathVariable String key, @PathVariable int number, @AuthenticationPrincipal CurrentUser curator, Model model) {
		var item = store.item(key).orElseThrow(NotFound::new);
		var version = curation.version(key, number);
		model.addAttribute("item", item);
		model.addAttribute("version", version);
		model.addAttribute("shown", version.content());
		model.addAttribute("published", store.published(key).orElse(null));
		model.addAttribute("mine", curator.id().value().equals(version.writtenBy()));
		model.addAttribute("writer", name(version.writtenBy()));
		model.addAttribute("reviewer", name(version.reviewedBy()));
		return "knowledge/version";
	}

	@PostMapping("/knowledge/curation/items/{key}/versions/{number}/{action}")
	String act(@PathVariable String key, @PathVariable int number, @PathVariable String action,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal CurrentUser curator, RedirectAttributes redirect) {
		try {
			var cleanNote = eu.tandem.kernel.PlainText.optionalMultiLine("note", Words.of("knowledge.field.note"), note, 1000);
			switch (action) {
				case "submit" -> curation.submit(key, number, curator);
				case "publish" -> curation.publish(key, number, cleanNote, curator);
				case "return" -> curation.giveBack(key, number, cleanNote, curator);
				case "withdraw" -> curation.withdraw(key, number, curator);
				default -> throw new NotFound();
			}
			redirect.addFlashAttribute("notice", switch (action) {
				case "submit" -> Words.of("knowledge.notice.sent");
				case "publish" -> Words.of("knowledge.notice.published");
				case "return" -> Words.of("knowledge.notice.returned");
				default -> Words.of("knowledge.notice.withdrawn");
			});
		}
		catch (InvalidInput refused) {
			// a copy: the flash attribute is kept in the session, which stores words, not an exception
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(conflict));
		}
		return "redirect:/knowledge/curation/items/" + key + "/versions/" + number;
	}

	@GetMapping("/knowledge/curation/items/{key}/history")
	String history(@PathVariable String key, Model model) {
		var item = store.item(key).orElseThrow(NotFound::new);
		model.addAttribute("item", item);
		model.addAttribute("versions", curation.history(key).stream().map(version -> new VersionLine(version, name(version.writtenBy()),
				name(version.reviewedBy()))).toList());
		return "knowledge/history";
	}

	/** A version in the history, with the names of its writer and reviewer. */
	record VersionLine(ItemVersion version, String writer, String reviewer) {
	}

	private String form(Model model, ItemType type, ItemForm form, @Nullable LibraryEntry editing) {
		var published = store.published();
		model.addAttribute("form", form);
		model.addAttribute("itemType", type);
		model.addAttribute("editing", editing);
		model.addAttribute("sourceOptional", editing != null && editing.item().origin() == StoredItem.Origin.PAPER);
		model.addAttribute("menu", LibraryController.menu(published));
		model.addAttribute("meetings", published.stream().filter(entry -> entry.type() == ItemType.MEETING).toList());
		model.addAttribute("statuses", ItemContent.QuestionStatus.values());
		return "knowledge/item-form";
	}

	private static ItemType itemType(String name) {
		return ItemType.fromApiName(name == null ? "" : name).filter(type -> type != ItemType.THEME && type != ItemType.SUBTHEME)
			.orElseThrow(NotFound::new);
	}

	private String name(@Nullable UUID user) {
		if (user == null) {
			return words.in(Words.of("knowledge.writer.paper"));
		}
		return Optional.of(new UserId(user)).flatMap(accounts::card).map(StaffCard::displayName)
			.orElseGet(() -> words.in(Words.of("sharing.accountRemoved")));
	}
}
