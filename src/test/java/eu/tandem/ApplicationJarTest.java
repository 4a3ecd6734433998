package eu.tandem;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's jar holds the application: programs such as the benchmarks live in {@code src/bench/java},
 * compiled with the tests, so that a server never carries (or runs) them.
 */
class ApplicationJarTest {

	/** What the jar is packed from. */
	static final Path APPLICATION_CLASSES = Path.of("target/classes");

	@Test
	void theOnlyProgramInTheApplicationIsTandemItself() throws IOException {
		var classes = applicationClasses();

		var programs = classes.stream().filter(type -> Arrays.stream(type.getDeclaredMethods()).anyMatch(ApplicationJarTest::isMain))
			.map(Class::getName).toList();

		assertThat(classes).as("the application's classes were found").hasSizeGreaterThan(100);
		assertThat(programs).containsExactly(TandemApplication.class.getName());
	}

	private static boolean isMain(Method method) {
		return method.getName().equals("main") && Modifier.isStatic(method.getModifiers())
				&& Arrays.equals(method.getParameterTypes(), new Class<?>[] { String[].class });
	}

	/** Loaded, not initialised: nothing in them runs. */
	private static List<Class<?>> applicationClasses() throws IOException {
		try (Stream<Path> files = Files.walk(APPLICATION_CLASSES)) {
			return files.filter(file -> file.toString().endsWith(".class") && !file.endsWith("package-info.class"))
				.map(file -> APPLICATION_CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.'))
				.<Class<?>>map(ApplicationJarTest::load)
				.toList();
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, ApplicationJarTest.class.getClassLoader());
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}
}
