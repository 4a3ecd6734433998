package eu.tandem.vault;

import java.util.UUID;

/** The record sealed content belongs to, e.g. ("sharing.item", its id); authenticated with the content. */
public record RecordBinding(String table, UUID id) {

	public RecordBinding {
		if (table == null || !table.matches("[a-z]+\\.[a-z_]+")) {
			throw new IllegalArgumentException("A record binding names a table as schema.table, got: " + table);
		}
		java.util.Objects.requireNonNull(id, "id");
	}

	/** The bytes authenticated with the content. */
	public byte[] associatedData() {
		return (table + "/" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}
}
