package eu.tandem.privacy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.tandem.audit.ActionWords;
import eu.tandem.audit.AuditAction;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subject access answer holds everything Tandem holds about the person only while every module that holds personal
 * data contributes to it, and its access history reads in words only while every audit action has words. Both are
 * checked against the application as it is, so that a module or an action added later cannot be forgotten.
 */
@TandemIntegrationTest
class PersonalDataHoldersIT {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Columns by which a table holds data about the people the work is about. */
	static final Pattern ABOUT_A_PERSON = Pattern.compile(
			"\\b(person_id|related_person_id|original_person_id|case_id|referral_id|survivor_id|merged_id|subject_id)\\b");

	/** Modules whose tables refer to persons and that contribute nothing to an answer, each with why: reviewed. */
	static final Map<String, String> CONTRIBUTE_NOTHING = Map.of(
			"audit", "its events are the access history itself: who touched which of the person's records, never content; "
					+ "every answer gives it in words through the other modules' records and the modules' action words");

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	List<ActionWords> words;

	@Test
	void everyModuleWhoseTablesReferToPersonsContributesToSubjectAccess() throws IOException {
		var holding = modulesWhoseTablesReferToPersons();
		var contributing = new TreeMap<String, String>();
		holders.forEach(holder -> contributing.put(moduleOf(holder), holder.module()));

		assertThat(holding).as("modules found by their migrations").contains("person", "referral", "casework", "sharing", "audit");
		assertThat(holding.stream().filter(module -> !contributing.containsKey(module) && !CONTRIBUTE_NOTHING.containsKey(module))
			.map(module -> "module " + module + " holds personal data (see its migrations) but no PersonalDataHolder bean answers "
					+ "for it: implement eu.tandem.privacy.PersonalDataHolder in " + module + ", or add it with the reason to "
					+ "CONTRIBUTE_NOTHING"))
			.isEmpty();
		assertThat(CONTRIBUTE_NOTHING.keySet()).as("the exceptions still hold personal data and still contribute nothing")
			.allMatch(holding::contains).noneMatch(contributing::containsKey);
		contributing.forEach((module, named) -> assertThat(named).as("the module a holder names is its own").isEqualTo(module));
	}

	@Test
	void everyAuditActionOfTheApplicationHasWordsFromItsOwnModule() throws Exception {
		var worded = new TreeMap<String, String>();
		for (var source : words) {
			for (var action : source.phrases().keySet()) {
				var previous = worded.put(action.code(), moduleOf(source));
				assertThat(previous).as("words for " + action.code() + " given twice").isNull();
			}
		}
		var actions = auditActionsOfTheApplication();

		assertThat(actions).as("the scan finds the application's actions").contains("sharing.item-viewed", "identity.sign-in",
				"audit.verified");
		assertThat(actions.stream().filter(code -> !worded.containsKey(code))
			.map(code -> code + " has no words: give them in the ActionWords bean of module " + code.substring(0, code.indexOf('.'))))
			.isEmpty();
		worded.forEach((code, module) -> assertThat(code).as("a module gives words for its own actions only")
			.startsWith(module + "."));
	}

	private static TreeSet<String> modulesWhoseTablesReferToPersons() throws IOException {
		var modules = new TreeSet<String>();
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (var file : files.filter(path -> path.toString().endsWith(".sql")).toList()) {
				if (ABOUT_A_PERSON.matcher(Files.readString(file)).find()) {
					modules.add(MIGRATIONS.relativize(file).getName(0).toString());
				}
			}
		}
		return modules;
	}

	/** Every AuditAction constant of every class under eu.tandem, however deeply nested or private. */
	private static TreeSet<String> auditActionsOfTheApplication() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter((reader, factory) -> true);
		var codes = new TreeSet<String>();
		var loader = PersonalDataHoldersIT.class.getClassLoader();
		for (var candidate : scanner.findCandidateComponents("eu.tandem")) {
			var type = Class.forName(candidate.getBeanClassName(), false, loader);
			for (var field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == AuditAction.class) {
					field.setAccessible(true);
					codes.add(((AuditAction) field.get(null)).code());
				}
			}
		}
		return codes;
	}

	private static String moduleOf(Object bean) {
		var name = ClassUtils.getUserClass(bean).getPackageName();
		var parts = new ArrayList<>(List.of(name.split("\\.")));
		return parts.size() > 2 ? parts.get(2) : name;
	}
}
