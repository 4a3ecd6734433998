package eu.tandem.sharing;

import eu.tandem.hub.DataCategory;
import org.jspecify.annotations.Nullable;

/** The form to record an item, as typed, so that a refused item comes back with its text. */
class RecordForm {

	private String category = "";
	private String kind = ItemKind.NOTE.name();
	private String text = "";

	@Nullable DataCategory category() {
		return Typed.choice(DataCategory.class, category);
	}

	/** A note unless another kind a practitioner records was chosen; a summary is written only with a disclosure. */
	ItemKind kind() {
		var chosen = Typed.choice(ItemKind.class, kind);
		return chosen == null || chosen == ItemKind.SUMMARY ? ItemKind.NOTE : chosen;
	}

	public String getCategory() { return category; }
	public void setCategory(String category) { this.category = category; }
	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
}
