package eu.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context its own empty data directory under {@code target/it-data}, so a
 * test run starts from a first start, as a newcomer would. The directories of earlier runs are removed.
 */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final Path ROOT = Path.of("target", "it-data");
	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var dir = newDirectory();
		context.getEnvironment().getPropertySources()
			.addFirst(new MapPropertySource("fresh-data-directory", Map.of("tandem.data-dir", dir.toString())));
	}

	public static Path newDirectory() {
		if (CLEANED.compareAndSet(false, true)) {
			delete(ROOT);
		}
		try {
			return Files.createDirectories(ROOT.resolve(UUID.randomUUID().toString())).toAbsolutePath();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void delete(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
