package eu.tandem.sharing;

import eu.tandem.hub.DataCategory;
import eu.tandem.web.Language;
import org.jspecify.annotations.Nullable;

/**
 * The form to record an item, as typed, so that a refused item comes back with its text. The text is taken to be in
 * the language of the screen unless its author says otherwise.
 */
class RecordForm {

	private String category = "";
	private String kind = ItemKind.NOTE.name();
	private String text = "";
	private String language = Language.current().code();
	private String asWritten = "";

	@Nullable DataCategory category() {
		return Typed.choice(DataCategory.class, category);
	}

	/**
	 * A note unless another kind a practitioner records was chosen; a summary is written only with a disclosure, a
	 * contact only with the contact form.
	 */
	ItemKind kind() {
		var chosen = Typed.choice(ItemKind.class, kind);
		return chosen == null || chosen == ItemKind.SUMMARY || chosen == ItemKind.CONTACT ? ItemKind.NOTE : chosen;
	}

	/** The language the author said the text is in; the screen's if they chose none Tandem has. */
	Language language() {
		return Language.ofCode(language).orElseGet(Language::current);
	}

	/** Prompted about listed words first, unless the writer answered the prompt with "save as written". */
	Wording wording() {
		return "true".equals(asWritten) ? Wording.AS_WRITTEN : Wording.PROMPT;
	}

	public String getAsWritten() { return asWritten; }
	public void setAsWritten(String asWritten) { this.asWritten = asWritten; }
	public String getCategory() { return category; }
	public void setCategory(String category) { this.category = category; }
	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
}
