package eu.tandem.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The PostgreSQL that another Tandem process started on the same data directory, found through the
 * {@code postmaster.pid} file PostgreSQL keeps there (its fourth line is the port). A data directory can have only
 * one server, so a second process that needs the database, such as {@code audit verify} next to a running Tandem,
 * connects to that one when {@code tandem.database.attach-to-running} is true.
 */
final class RunningServer {

	static final String ATTACH = "tandem.database.attach-to-running";

	private RunningServer() {
	}

	/** The port of the live server of this data directory, if there is one. */
	static OptionalInt port(Path postgresDir) {
		var pidFile = postgresDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return OptionalInt.empty();
		}
		try {
			var lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return OptionalInt.empty();
			}
			var pid = Long.parseLong(lines.get(0).strip());
			var port = Integer.parseInt(lines.get(3).strip());
			// a file left behind by a crash names a process that is gone, or one that is not PostgreSQL any more
			var alive = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true));
			return alive.isPresent() ? OptionalInt.of(port) : OptionalInt.empty();
		}
		catch (IOException | NumberFormatException e) {
			return OptionalInt.empty();
		}
	}

	static Optional<Path> postgresDir(ConditionContext context) {
		return Optional.ofNullable(context.getEnvironment().getProperty("tandem.data-dir"))
			.map(dir -> Path.of(dir).resolve("postgres").toAbsolutePath());
	}

	/** Asked to attach, and a server is running. */
	static final class Attach implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return context.getEnvironment().getProperty(ATTACH, Boolean.class, false)
					&& postgresDir(context).map(dir -> port(dir).isPresent()).orElse(false);
		}
	}

	/** The usual case: this process starts the data directory's server itself. */
	static final class StartOwn implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new Attach().matches(context, metadata);
		}
	}
}
