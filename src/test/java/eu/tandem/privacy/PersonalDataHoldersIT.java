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
import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subject access answer holds everything Tandem holds about the person only while every module that holds personal
 * data contributes to it, and its access history reads in words only while every audit action has words in every
 * language. Both are checked against the application as it is, so that a module, an action or a language added later
 * cannot be forgotten.
 */
@TandemIntegrationTest
class PersonalDataHoldersIT {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Columns by which a table holds data about the people the work is about. */
	static final Pattern ABOUT_A_PERSON = Pattern.compile(
			"\\b(person_id|related_person_id|original_person_id|case_id|referral_id|survivor_id|merged_id|subject_id)\\b");

	/** In a pattern, MessageFormat reads a single ' as the start of a quote. */
	static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	/** Modules whose tables refer to persons and that contribute nothing to an answer, each with why: reviewed. */
	static final Map<String, String> CONTRIBUTE_NOTHING = Map.of(
			"audit", "its events are the access history itself: who touched which of the person's records, never content; "
					+ "every answer gives it in words through the other modules' records and the modules' action words");

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	List<ActionWords> words;

	@Autowired
	MessageBundles bundles;

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
	void everyAuditActionOfTheApplicationIsDeclaredByItsOwnModuleWithWordsInEveryLanguage() throws Exception {
		var declared = new TreeMap<String, String>();
		for (var source : words) {
			for (var action : source.kinds().keySet()) {
				var previous = declared.put(action.code(), moduleOf(source));
				assertThat(previous).as(action.code() + " declared twice").isNull();
			}
		}
		var actions = auditActionsOfTheApplication();

		assertThat(actions).as("the scan finds the application's actions").contains("sharing.item-viewed", "identity.sign-in",
				"audit.verified", "person.viewed");
		assertThat(actions.stream().filter(code -> !declared.containsKey(code))
			.map(code -> code + " has no kind: declare it in the ActionWords bean of module " + moduleNamedBy(code)))
			.isEmpty();
		declared.forEach((code, module) -> assertThat(code).as("a module declares its own actions only").startsWith(module + "."));
		assertThat(actions.stream().flatMap(code -> wordsMissing(AuditAction.of(code)).stream())).isEmpty();
	}

	/**
	 * What the bundle of the action's module lacks for it, in any language: what was done, what was attempted; each a
	 * pattern, since the history formats it with the record's words, so a lone apostrophe would vanish.
	 */
	private List<String> wordsMissing(AuditAction action) {
		var basename = "i18n/" + moduleNamedBy(action.code());
		if (!bundles.basenames().contains(basename)) {
			return List.of(action.code() + " has no words: its module has no bundle " + basename + " in spring.messages.basename");
		}
		var missing = new ArrayList<String>();
		for (var language : Language.values()) {
			var texts = MessageBundles.texts(basename, language);
			var file = basename + (language == Language.ENGLISH ? "" : "_" + language.code()) + ".properties";
			for (var key : List.of(ActionWords.done(action), ActionWords.attempted(action))) {
				var text = texts.getProperty(key);
				if (text == null || text.isBlank()) {
					missing.add(file + " has no words for " + key);
				}
				else if (LONE_APOSTROPHE.matcher(text).find()) {
					missing.add(file + " has an apostrophe in " + key + " that formatting would drop: write '' or ’");
				}
			}
		}
		return missing;
	}

	/** The module an action's code names first: {@code sharing} for {@code sharing.item-viewed}. */
	private static String moduleNamedBy(String code) {
		return code.substring(0, code.indexOf('.'));
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
