package eu.tandem;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their declared dependencies; their documentation is written to target/spring-modulith-docs. */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);

	@Test
	void modulesKeepToTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}
}
