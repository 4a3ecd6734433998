package eu.tandem.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The message bundles, one per module ({@code i18n/casework.properties} in English, {@code i18n/casework_de.properties}
 * and so on), checked against each other: every key of the English bundle is in every language and no other key is,
 * no text is empty, and each text has the same placeholders as its English one. A screen whose key is missing in a
 * language shows the English text; the check names each gap once, when Tandem starts, and a test fails on any.
 */
@Component
public class MessageBundles {

	private static final Logger log = LoggerFactory.getLogger(MessageBundles.class);
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
	/** In a text with placeholders, MessageFormat reads a single ' as the start of a quote. */
	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private final List<String> basenames;

	MessageBundles(@Value("${spring.messages.basename}") String basenames) {
		this.basenames = Arrays.stream(basenames.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
	}

	/** The bundles' names, as {@code spring.messages.basename} lists them: {@code i18n/web}, {@code i18n/casework}. */
	public List<String> basenames() {
		return basenames;
	}

	/** The texts of a bundle in a language, read as UTF-8; empty if the file does not exist. */
	public static Properties texts(String basename, Language language) {
		var suffix = language == Language.ENGLISH ? "" : "_" + language.code();
		var resource = new ClassPathResource(basename + suffix + ".properties");
		var texts = new Properties();
		if (!resource.exists()) {
			return texts;
		}
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			texts.load(reader);
			return texts;
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** Every gap between the languages, in words; none when the bundles agree. */
	public List<String> problems() {
		var problems = new ArrayList<String>();
		for (var basename : basenames) {
			var english = texts(basename, Language.ENGLISH);
			if (!new ClassPathResource(basename + ".properties").exists()) {
				problems.add(basename + ".properties is missing");
			}
			for (var language : Language.values()) {
				var texts = language == Language.ENGLISH ? english : texts(basename, language);
				var file = basename + (language == Language.ENGLISH ? "" : "_" + language.code()) + ".properties";
				for (var key : new TreeSet<>(english.stringPropertyNames())) {
					var text = texts.getProperty(key);
					if (text == null) {
						problems.add(file + " lacks " + key);
					}
					else if (text.isBlank()) {
						problems.add(file + " has no text for " + key);
					}
					else if (!placeholders(text).isEmpty() && LONE_APOSTROPHE.matcher(text).find()) {
						problems.add(file + " has an apostrophe in " + key + " that hides its placeholders: write '' or ’");
					}
					else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
						problems.add(file + " has placeholders " + placeholders(text) + " for " + key + " where English has "
								+ placeholders(english.getProperty(key)));
					}
				}
				for (var key : new TreeSet<>(texts.stringPropertyNames())) {
					if (!english.containsKey(key)) {
						problems.add(file + " has " + key + ", which English lacks");
					}
				}
			}
		}
		return problems;
	}

	/** The numbered placeholders of a text: {0}, {1}. */
	static Set<Integer> placeholders(String text) {
		return PLACEHOLDER.matcher(text).results().map(found -> Integer.parseInt(found.group(1)))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Names each gap once, at start: the screens show English where a language lacks a text. */
	@EventListener(ApplicationReadyEvent.class)
	void reportGaps() {
		problems().forEach(problem -> log.warn("Message bundles: {}", problem));
	}
}
