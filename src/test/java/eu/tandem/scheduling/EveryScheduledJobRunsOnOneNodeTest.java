package eu.tandem.scheduling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every {@code @Scheduled} method runs its work through {@link OneNodeAtATime}: it calls it, or calls a method of its
 * own class that does. A new job that forgets would run on every node at once.
 */
class EveryScheduledJobRunsOnOneNodeTest {

	/** The application's classes with a scheduled method, found by reflection (quick), then read by ArchUnit. */
	static final JavaClasses APPLICATION = read(classesWithScheduledMethods(Path.of("target/classes")));

	@Test
	void everyScheduledMethodGoesThroughOneNodeAtATime() {
		var jobs = scheduledMethods(APPLICATION);

		assertThat(jobs).as("the application's jobs").extracting(JavaMethod::getFullName)
			.anyMatch(name -> name.startsWith("eu.tandem.casework.Retention.daily"))
			.anyMatch(name -> name.startsWith("eu.tandem.sharing.Resealing.nightly"))
			.anyMatch(name -> name.startsWith("eu.tandem.audit.SealingSchedule.seal"));
		assertThat(jobs).allSatisfy(job -> assertThat(goesThroughTheLock(job, new HashSet<>()))
			.as("%s runs on every node at once: call OneNodeAtATime.run or .call with the job's work", job.getFullName())
			.isTrue());
	}

	@Test
	void aJobThatSkipsTheLockIsFound() {
		var classes = read(List.of(Jobs.class));

		assertThat(scheduledMethods(classes)).extracting(JavaMethod::getName, job -> goesThroughTheLock(job, new HashSet<>()))
			.containsExactlyInAnyOrder(tuple("locked", true),
					tuple("lockedThroughAHelper", true), tuple("unlocked", false));
	}

	/** Only these classes: what they call is known by name, which is all the check needs, and the import stays quick. */
	static JavaClasses read(List<Class<?>> classes) {
		return ArchConfiguration.withThreadLocalScope(configuration -> {
			configuration.setResolveMissingDependenciesFromClassPath(false);
			return new ClassFileImporter().importClasses(classes);
		});
	}

	private static List<Class<?>> classesWithScheduledMethods(Path classes) {
		try (Stream<Path> files = Files.walk(classes)) {
			return files.filter(file -> file.toString().endsWith(".class") && !file.endsWith("package-info.class"))
				.map(file -> classes.relativize(file).toString().replace(".class", "").replace('/', '.'))
				.<Class<?>>map(EveryScheduledJobRunsOnOneNodeTest::load)
				.filter(type -> Arrays.stream(type.getDeclaredMethods())
					.anyMatch(method -> method.isAnnotationPresent(Scheduled.class) || method.isAnnotationPresent(Schedules.class)))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, EveryScheduledJobRunsOnOneNodeTest.class.getClassLoader());
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

	static Set<JavaMethod> scheduledMethods(JavaClasses classes) {
		var methods = new HashSet<JavaMethod>();
		classes.forEach(type -> type.getMethods().stream()
			.filter(method -> method.isAnnotatedWith(Scheduled.class) || method.isAnnotatedWith(Schedules.class))
			.forEach(methods::add));
		return methods;
	}

	/** Calls into {@link OneNodeAtATime}, directly or through methods of its own class (lambdas included). */
	static boolean goesThroughTheLock(JavaCodeUnit method, Set<JavaCodeUnit> seen) {
		if (!seen.add(method)) {
			return false;
		}
		for (var call : method.getMethodCallsFromSelf()) {
			if (call.getTargetOwner().isEquivalentTo(OneNodeAtATime.class)) {
				return true;
			}
			if (call.getTargetOwner().equals(method.getOwner())) {
				var target = call.getTarget().resolveMember();
				if (target.isPresent() && goesThroughTheLock(target.get(), seen)) {
					return true;
				}
			}
		}
		return false;
	}

	@SuppressWarnings("unused")
	static class Jobs {

		private final OneNodeAtATime oneNodeAtATime = null;

		@Scheduled(fixedDelay = 1000)
		void locked() {
			oneNodeAtATime.run("a", () -> {
			});
		}

		@Scheduled(fixedDelay = 1000)
		void lockedThroughAHelper() {
			helper();
		}

		@Scheduled(fixedDelay = 1000)
		void unlocked() {
			work();
		}

		private void helper() {
			oneNodeAtATime.call("b", () -> 1);
		}

		private void work() {
		}
	}
}
