package eu.tandem.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happened at each contact, beside its item in the {@code sharing} schema; the note is the item's sealed content. */
@Repository
class ContactStore {

	private final JdbcClient jdbc;

	ContactStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ItemId item, Contact contact) {
		jdbc.sql("""
				insert into sharing.contact (item_id, happened_on, with_whom, mode, attended)
				values (:item, :on, :with, :mode, :attended)
				""")
			.param("item", item.value()).param("on", contact.on()).param("with", contact.with().name())
			.param("mode", contact.mode().name()).param("attended", contact.attended()).update();
	}

	/**
	 * The contacts of a case by their items, in one reading: for attaching to the items a viewer may see, never shown
	 * by themselves.
	 */
	Map<ItemId, Contact> ofCase(CaseId id) {
		var contacts = new HashMap<ItemId, Contact>();
		jdbc.sql("""
				select c.* from sharing.contact c join sharing.item i on i.id = c.item_id where i.case_id = :case
				""")
			.param("case", id.value())
			.query((rs, n) -> Map.entry(new ItemId(rs.getObject("item_id", UUID.class)), row(rs))).list()
			.forEach(entry -> contacts.put(entry.getKey(), entry.getValue()));
		return contacts;
	}

	java.util.Optional<Contact> of(ItemId item) {
		return jdbc.sql("select * from sharing.contact where item_id = :item").param("item", item.value())
			.query((rs, n) -> row(rs)).optional();
	}

	private static Contact row(ResultSet rs) throws SQLException {
		return new Contact(rs.getObject("happened_on", java.time.LocalDate.class), Contact.With.valueOf(rs.getString("with_whom")),
				Contact.Mode.valueOf(rs.getString("mode")), rs.getBoolean("attended"));
	}
}
