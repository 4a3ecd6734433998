package eu.tandem.audit;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The audit trail from the command line, for operators and their scripts:
 * <pre>
 * java -jar tandem.jar audit verify [--checkpoint &lt;position&gt;:&lt;hash&gt;]   exit 0 intact, 3 broken
 * java -jar tandem.jar audit checkpoint                                  prints the chain's head as JSON
 * </pre>
 * It uses the server's database settings ({@code spring.datasource.*}, {@code TANDEM_DATA_DIR}, or any
 * {@code --setting=value}), starts no web server and loads no demo data. With the embedded database of a server that
 * is running, it connects to that server's PostgreSQL, since a data directory can have only one.
 */
public final class AuditCommand {

	public static final int INTACT = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;
	public static final int BROKEN = 3;

	static final String USAGE_LINE = "usage: java -jar tandem.jar audit verify [--checkpoint <position>:<hash>]"
			+ " [--<setting>=<value>...] | audit checkpoint [--<setting>=<value>...]";

	/** What the command line needs of the application, unless the operator says otherwise. */
	private static final Map<String, String> COMMAND_LINE_SETTINGS = Map.of(
			"tandem.demo-data", "false",
			"tandem.audit.scheduled-sealing", "false",
			"tandem.database.attach-to-running", "true",
			// a verification never changes the schema of the database it checks
			"spring.flyway.enabled", "false",
			"spring.modulith.runtime.flyway-enabled", "false",
			"logging.level.root", "WARN",
			// a failed start is reported in one line below, not as a stack trace
			"logging.level.org.springframework.boot.SpringApplication", "OFF",
			"logging.level.org.springframework.boot.diagnostics", "OFF",
			"logging.level.org.springframework.context", "ERROR");

	private AuditCommand() {
	}

	public static boolean isFor(String[] args) {
		return args.length > 0 && args[0].equals("audit");
	}

	/** Runs the command and returns its exit status; the caller decides whether to exit with it. */
	public static int run(String[] args, Class<?> application, PrintStream out, PrintStream err) {
		Invocation invocation;
		try {
			invocation = Invocation.parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println("audit: " + e.getMessage());
			err.println(USAGE_LINE);
			return USAGE;
		}
		try (var context = start(application, invocation.settings())) {
			var chain = context.getBean(JdbcAuditChain.class);
			if (invocation.verify()) {
				var result = chain.verify(AuditActor.unknown(), "command line", invocation.checkpoint());
				(result.intact() ? out : err).println(result.inWords());
				return result.intact() ? INTACT : BROKEN;
			}
			out.println(chain.checkpoint().toJson());
			return INTACT;
		}
		catch (RuntimeException e) {
			err.println("audit: cannot " + (invocation.verify() ? "verify" : "export a checkpoint") + ": "
					+ (noAuditTrail(e) ? "this database has no hash-chained audit trail: start this version of Tandem on"
							+ " it once (the command never migrates a database), or point the command at Tandem's database"
							+ " (TANDEM_DATA_DIR, spring.datasource.url)"
							: rootMessage(e)));
			return FAILED;
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, List<String> settings) {
		var arguments = new ArrayList<>(settings);
		COMMAND_LINE_SETTINGS.forEach((name, value) -> {
			if (settings.stream().noneMatch(setting -> setting.startsWith("--" + name + "="))) {
				arguments.add("--" + name + "=" + value);
			}
		});
		return new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
	}

	/** PostgreSQL's "undefined table": the command does not migrate, so an empty database stays empty. */
	private static boolean noAuditTrail(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "42P01".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		var cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.toString() : cause.getMessage();
	}

	/** {@code audit verify|checkpoint}, a checkpoint to compare with, and settings for the application. */
	private record Invocation(boolean verify, @Nullable ChainMark checkpoint, List<String> settings) {

		static Invocation parse(String[] args) {
			if (args.length < 2 || !List.of("verify", "checkpoint").contains(args[1])) {
				throw new IllegalArgumentException(args.length < 2 ? "which audit command?" : "no audit command " + args[1]);
			}
			var verify = args[1].equals("verify");
			ChainMark checkpoint = null;
			var settings = new ArrayList<String>();
			for (int i = 2; i < args.length; i++) {
				var arg = args[i];
				if (!verify && arg.startsWith("--checkpoint")) {
					throw new IllegalArgumentException("--checkpoint is for audit verify");
				}
				if (verify && arg.equals("--checkpoint") && i + 1 < args.length) {
					checkpoint = ChainMark.parse(args[++i]);
				}
				else if (verify && arg.startsWith("--checkpoint=")) {
					checkpoint = ChainMark.parse(arg.substring("--checkpoint=".length()));
				}
				else if (arg.startsWith("--") && arg.indexOf('=') > 2) {
					settings.add(arg);
				}
				else {
					throw new IllegalArgumentException("unknown argument " + arg);
				}
			}
			return new Invocation(verify, checkpoint, List.copyOf(settings));
		}
	}
}
