package eu.tandem.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Arguments are checked before anything starts, so a typo costs nothing and says how it is done. */
class AuditCommandTest {

	@Test
	void badArgumentsExitWithTwoAndTheUsage() {
		for (var args : new String[][] { { "audit" }, { "audit", "erase" }, { "audit", "verify", "--checkpoint", "12" },
				{ "audit", "verify", "extra" }, { "audit", "checkpoint", "--checkpoint=1:" + "0".repeat(64) } }) {
			var err = new ByteArrayOutputStream();
			var status = AuditCommand.run(args, Object.class, new PrintStream(new ByteArrayOutputStream()),
					new PrintStream(err, true, StandardCharsets.UTF_8));
			assertThat(status).as(String.join(" ", args)).isEqualTo(AuditCommand.USAGE);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar tandem.jar audit verify");
		}
	}

	@Test
	void onlyArgumentsStartingWithAuditAreACommand() {
		assertThat(AuditCommand.isFor(new String[] { "audit", "verify" })).isTrue();
		assertThat(AuditCommand.isFor(new String[] { "--server.port=8081" })).isFalse();
		assertThat(AuditCommand.isFor(new String[0])).isFalse();
	}

	@Test
	void aCheckpointIsWrittenAsPositionColonHash() {
		var mark = ChainMark.parse(" 12:" + "AB".repeat(32) + " ");
		assertThat(mark.position()).isEqualTo(12);
		assertThat(mark.toString()).isEqualTo("12:" + "ab".repeat(32));
		var checkpoint = new AuditCheckpoint(12, 40, "ab".repeat(32), java.time.Instant.parse("2026-11-26T10:00:00Z"));
		assertThat(checkpoint.toJson())
			.isEqualTo("{\"position\":12,\"sequence\":40,\"hash\":\"" + "ab".repeat(32) + "\",\"at\":\"2026-11-26T10:00:00Z\"}");
		assertThat(checkpoint.mark()).isEqualTo(mark);
	}
}
