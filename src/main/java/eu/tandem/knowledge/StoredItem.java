package eu.tandem.knowledge;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An item of the library as stored: what it is and which of its versions the public sees. */
record StoredItem(UUID id, String key, ItemType type, Origin origin, int position, @Nullable Integer publishedVersion,
		@Nullable String importedHash) {

	enum Origin {
		/** Shipped in the paper's data file. */
		PAPER,
		/** Added by a curator in Tandem. */
		CURATOR
	}
}
