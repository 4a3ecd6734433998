package eu.tandem.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A second process attaches only to a PostgreSQL that is really running on the data directory. */
class RunningServerTest {

	@TempDir
	Path postgres;

	@Test
	void noPidFileMeansNoServer() {
		assertThat(RunningServer.port(postgres)).isEmpty();
	}

	@Test
	void aPidFileLeftBehindByACrashIsIgnored() throws Exception {
		var gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Files.writeString(postgres.resolve("postmaster.pid"), gone.pid() + "\n" + postgres + "\n1795717976\n39093\n");
		assertThat(RunningServer.port(postgres)).isEmpty();
	}

	@Test
	void aPidFileOfAProcessThatIsNotPostgresqlIsIgnored() throws Exception {
		Files.writeString(postgres.resolve("postmaster.pid"),
				ProcessHandle.current().pid() + "\n" + postgres + "\n1795717976\n39093\n");
		assertThat(RunningServer.port(postgres)).isEmpty();
	}

	@Test
	void aPidFileWithoutAPortIsIgnored() throws Exception {
		Files.writeString(postgres.resolve("postmaster.pid"), "not a pid\n");
		assertThat(RunningServer.port(postgres)).isEmpty();
	}
}
