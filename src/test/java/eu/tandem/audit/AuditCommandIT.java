package eu.tandem.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.TandemApplication;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar tandem.jar audit …} next to a running Tandem, as an operator runs it: the same entry point as
 * {@code main}, in this process, against the running test application's embedded PostgreSQL (which the command
 * finds through its {@code postmaster.pid}), with the exit status {@code main} would exit with.
 */
@TandemIntegrationTest
@TestPropertySource(properties = AuditChainIT.OWN_DATABASE)
class AuditCommandIT {

	@Autowired
	Environment environment;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionOperations transactions;

	@Test
	void verifiesTheTrailOfTheRunningTandemAndExitsWithZeroWhenIntact() {
		var run = run("audit", "verify");

		assertThat(run.status()).as(run.err()).isEqualTo(AuditCommand.INTACT);
		assertThat(run.out()).matches("audit trail intact: \\d+ events, head at position \\d+, hash [0-9a-f]{64}\\R");
		assertThat(run.err()).isEmpty();
		var recorded = audit.latest(AuditChain.VERIFIED, 1).getFirst();
		assertThat(recorded.event().purpose()).isEqualTo("command line");
		assertThat(recorded.event().reason()).isEqualTo("intact");
	}

	@Test
	void namesTheFirstBrokenEventAndExitsWithThree() {
		var actor = new AuditActor(UUID.randomUUID(), "t" + UUID.randomUUID(), UUID.randomUUID(), Set.of("PRACTITIONER"));
		var subject = AuditSubject.of("person", UUID.randomUUID());
		transactions.executeWithoutResult(tx -> audit.record(AuditEvent.success(actor, AuditAction.of("test.viewed"), subject)));
		var checkpoint = checkpoint();
		var altered = audit.about(subject, 1).getFirst().sequence();
		var tampering = new Tampering(jdbc, transactions);
		tampering.snapshot();
		try {
			tampering.asSuperuser(Map.of("s", altered), "update audit.event set subject_id = 'someone-else' where sequence = :s");

			var run = run("audit", "verify", "--checkpoint", checkpoint);

			assertThat(run.status()).isEqualTo(AuditCommand.BROKEN);
			assertThat(run.err()).isEqualTo("audit trail BROKEN at event " + altered
					+ ": content does not match its seal (changed after it was written)" + System.lineSeparator());
			assertThat(run.out()).isEmpty();
		}
		finally {
			tampering.restore();
		}
	}

	@Test
	void aCheckpointTheChainNoLongerMatchesExitsWithThree() {
		var checkpoint = checkpoint();
		var wrong = checkpoint.substring(0, checkpoint.indexOf(':') + 1) + "0".repeat(64);

		var run = run("audit", "verify", "--checkpoint=" + wrong);

		assertThat(run.status()).isEqualTo(AuditCommand.BROKEN);
		assertThat(run.err()).contains("the chain no longer has the hash the checkpoint recorded");
	}

	/** {@code audit checkpoint}, as a cron job exporting it elsewhere would run it. */
	String checkpoint() {
		var run = run("audit", "checkpoint");
		assertThat(run.status()).as(run.err()).isEqualTo(AuditCommand.INTACT);
		assertThat(run.out()).matches(
				"\\{\"position\":\\d+,\"sequence\":\\d+,\"hash\":\"[0-9a-f]{64}\",\"at\":\"[0-9T:.\\-]+Z\"}\\R");
		var json = run.out().strip();
		var position = json.replaceAll(".*\"position\":(\\d+).*", "$1");
		var hash = json.replaceAll(".*\"hash\":\"([0-9a-f]+)\".*", "$1");
		return position + ":" + hash;
	}

	Run run(String... args) {
		var all = new ArrayList<>(List.of(args));
		all.add("--tandem.data-dir=" + environment.getRequiredProperty("tandem.data-dir"));
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		var status = AuditCommand.run(all.toArray(String[]::new), TandemApplication.class,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Run(int status, String out, String err) {
	}
}
