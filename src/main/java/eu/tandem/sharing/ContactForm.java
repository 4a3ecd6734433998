package eu.tandem.sharing;

import java.time.LocalDate;

import eu.tandem.hub.DataCategory;
import eu.tandem.web.Language;
import org.jspecify.annotations.Nullable;

/**
 * The form to record a contact, as typed, so that a refused contact comes back with everything in it. The note is taken
 * to be in the language of the screen unless its author says otherwise; "save as written" is the writer's answer to
 * the prompt about listed words.
 */
class ContactForm {

	private String day = "";
	private String with = "";
	private String mode = "";
	private String attended = "";
	private String category = "";
	private String note = "";
	private String language = Language.current().code();
	private String asWritten = "";

	/** The contact, its day as read from the form: none where it was missing or not a date. */
	ContactRequest request(@Nullable LocalDate typedDay) {
		return new ContactRequest(typedDay, Typed.choice(Contact.With.class, with), Typed.choice(Contact.Mode.class, mode),
				switch (attended) {
					case "yes" -> Boolean.TRUE;
					case "no" -> Boolean.FALSE;
					default -> null;
				}, Typed.choice(DataCategory.class, category), note, Language.ofCode(language).orElseGet(Language::current));
	}

	Wording wording() {
		return "true".equals(asWritten) ? Wording.AS_WRITTEN : Wording.PROMPT;
	}

	public String getDay() { return day; }
	public void setDay(String day) { this.day = day; }
	public String getWith() { return with; }
	public void setWith(String with) { this.with = with; }
	public String getMode() { return mode; }
	public void setMode(String mode) { this.mode = mode; }
	public String getAttended() { return attended; }
	public void setAttended(String attended) { this.attended = attended; }
	public String getCategory() { return category; }
	public void setCategory(String category) { this.category = category; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
	public String getAsWritten() { return asWritten; }
	public void setAsWritten(String asWritten) { this.asWritten = asWritten; }
}
