package eu.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility checker, run on the page the browser shows against WCAG 2.1 A and AA. The pinned
 * axe-core is installed by the build from {@code src/test/accessibility} (npm) and loaded into the page by the test:
 * nothing is fetched at test time.
 */
public final class Axe {

	static final Path SCRIPT = Path.of("src", "test", "accessibility", "node_modules", "axe-core", "axe.min.js");

	private static volatile String script;

	private Axe() {
	}

	/** The serious and critical violations on the current page, one line each: rule, what it asks, where. */
	public static List<String> seriousViolations(WebDriver browser) {
		var js = (JavascriptExecutor) browser;
		js.executeScript(script());
		@SuppressWarnings("unchecked")
		var violations = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations
				    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
				    .map(violation => ({ id: violation.id, help: violation.help,
				      where: violation.nodes.map(node => node.target.join(' ')).slice(0, 5).join(', ') }))))
				  .catch(error => done([{ id: 'axe-failed', help: String(error), where: '' }]));
				""");
		return violations.stream()
			.map(violation -> violation.get("id") + ": " + violation.get("help") + " at " + violation.get("where"))
			.toList();
	}

	private static String script() {
		if (script == null) {
			if (!Files.isReadable(SCRIPT)) {
				throw new AssertionError("The accessibility checks need axe-core at " + SCRIPT + ", which the build installs "
						+ "with npm (npm ci in src/test/accessibility). Install Node.js and npm, then run ./mvnw verify again.");
			}
			try {
				script = Files.readString(SCRIPT);
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
		}
		return script;
	}
}
