package eu.tandem.sharing;

import eu.tandem.casework.CaseErasureDue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a case's retention ends, everything recorded in it goes: items with their earlier versions and, for contacts,
 * what happened at them, consent
 * decisions, and the disclosures with their items. The audit trail keeps that they existed, never what they said.
 */
@Component
class ErasureOfInformation {

	private final JdbcClient jdbc;

	ErasureOfInformation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CaseErasureDue due) {
		var id = due.caseId().value();
		jdbc.sql("""
				delete from sharing.disclosed_item where disclosure_id in (select id from sharing.disclosure where case_id = :case)
				   or item_id in (select id from sharing.item where case_id = :case)
				""").param("case", id).update();
		jdbc.sql("delete from sharing.disclosure where case_id = :case").param("case", id).update();
		jdbc.sql("delete from sharing.item_revision where item_id in (select id from sharing.item where case_id = :case)")
			.param("case", id).update();
		jdbc.sql("delete from sharing.contact where item_id in (select id from sharing.item where case_id = :case)")
			.param("case", id).update();
		jdbc.sql("delete from sharing.item where case_id = :case").param("case", id).update();
		jdbc.sql("delete from sharing.consent where case_id = :case and withdraws is not null").param("case", id).update();
		jdbc.sql("delete from sharing.consent where case_id = :case").param("case", id).update();
		jdbc.sql("delete from sharing.emergency_notice where case_id = :case").param("case", id).update();
	}
}
