package eu.tandem.support;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Walks the screens a user reaches as a person would: from the menu, then from each page the links of its content,
 * each kind of screen once (/cases/1 and /cases/2 are one screen). Only GET links within Tandem are followed; downloads,
 * the API, the actuator and sign-out are not screens. New screens are walked without being listed anywhere.
 */
public final class ScreenWalk {

	/** Where a walk follows links on a page: its content and its menu. */
	public static final String LINKS = "main a[href], header nav a[href]";

	private static final Pattern ID = Pattern.compile("/[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}|/[A-Z]{2,4}-\\d{4}-\\d{4}|/\\d+"
			+ "|(?<=/knowledge/items|/knowledge/checklists)/[a-z0-9-]+");

	private ScreenWalk() {
	}

	/**
	 * Visits {@code start} and what it links to, at most {@code most} kinds of screen. {@code visit} opens a path and
	 * returns the paths of the links on it, or null where it was not a screen.
	 */
	public static Set<String> walk(List<String> start, int most, Function<String, List<String>> visit) {
		var seen = new LinkedHashSet<String>();
		var queue = new ArrayDeque<>(start);
		while (!queue.isEmpty() && seen.size() < most) {
			var path = queue.poll();
			if (!followable(path) || !seen.add(kind(path))) {
				continue;
			}
			var links = visit.apply(path);
			if (links == null) {
				seen.remove(kind(path));
				continue;
			}
			links.stream().filter(ScreenWalk::followable).filter(link -> !seen.contains(kind(link))).forEach(queue::add);
		}
		return seen;
	}

	/** The path and query of a link on this site, or null for one elsewhere. */
	public static String pathOf(String href, int port) {
		var site = "http://localhost:" + port;
		if (href == null || !(href.startsWith(site + "/") || href.startsWith("/")) || href.startsWith("//")) {
			return null;
		}
		var uri = URI.create(href.startsWith("/") ? site + href : href);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	/** The paths of the links a walk follows from a page: its content's and its menu's, on this site. */
	public static List<String> links(List<String> hrefs, int port) {
		return hrefs.stream().map(href -> pathOf(href, port)).filter(java.util.Objects::nonNull).toList();
	}

	/** The kind of screen a path shows: ids, references and library keys become {id}. */
	public static String kind(String path) {
		var withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return ID.matcher(withoutQuery).replaceAll("/{id}");
	}

	private static boolean followable(String path) {
		return path != null && !path.startsWith("/api/") && !path.endsWith(".csv") && !path.endsWith(".pdf")
				&& !path.contains("/download") && !path.startsWith("/actuator") && !path.startsWith("/sign-out");
	}
}
