package eu.tandem.referral;

import eu.tandem.casework.CaseErasureDue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a case's retention ends, its referral keeps only what the statistics need (hub, channel, type, dates,
 * decisions); what was written about the person and the link to them go.
 */
@Component
class ErasureOfReferral {

	static final String ERASED = "(erased when the retention period ended)";

	private final JdbcClient jdbc;

	ErasureOfReferral(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CaseErasureDue due) {
		jdbc.sql("""
				update referral.referral set contact_description = null, concern = :erased, observed = null, observed_on = null,
				       vulnerabilities = '{}', person_id = null, original_person_id = null, version = version + 1
				 where id = :id
				""").param("id", due.referral().value()).param("erased", ERASED).update();
		jdbc.sql("""
				update referral.triage set rationale = :erased,
				       signposted_to = case when signposted_to is null then null else :erased end
				 where referral_id = :id
				""").param("id", due.referral().value()).param("erased", ERASED).update();
	}
}
