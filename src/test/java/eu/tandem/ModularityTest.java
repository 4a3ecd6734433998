package eu.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their declared dependencies; their documentation is written to target/spring-modulith-docs. */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);

	@Test
	void modulesKeepToTheirDeclaredDependencies() {
		MODULES.verify();
	}

	/**
	 * The set-up interfaces open accounts with published authenticators and build hubs without an actor to
	 * authorise: the demo data alone may declare them, so that no screen can reach them.
	 */
	@Test
	void onlyTheDemoDataUsesTheSetUpInterfaces() {
		var declaring = MODULES.stream()
			.filter(module -> Arrays.stream(allowedDependencies(module.getBasePackage().getName()))
				.anyMatch(target -> target.replace(" ", "").endsWith("::setup")))
			.map(module -> module.getIdentifier().toString())
			.toList();
		assertThat(declaring).containsExactly("demo");
		var setUpInterfaces = MODULES.stream()
			.filter(module -> module.getNamedInterfaces().getByName("setup").isPresent())
			.map(module -> module.getIdentifier().toString())
			.toList();
		assertThat(setUpInterfaces).containsExactlyInAnyOrder("agency", "identity", "hub", "casework");
	}

	private static String[] allowedDependencies(String basePackage) {
		try {
			var annotation = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
			return Objects.requireNonNull(annotation, basePackage).allowedDependencies();
		}
		catch (ClassNotFoundException missing) {
			throw new AssertionError(basePackage + " has no package-info declaring its dependencies", missing);
		}
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}
}
