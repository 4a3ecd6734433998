package eu.tandem.knowledge;

import org.jspecify.annotations.Nullable;

/** A published item with the titles of its theme and subtheme, as the library shows it. */
record LibraryEntry(StoredItem item, ItemVersion version, @Nullable String themeTitle, @Nullable String subthemeTitle) {

	public String key() {
		return item.key();
	}

	public ItemType type() {
		return item.type();
	}

	public ItemContent content() {
		return version.content();
	}
}
