package eu.tandem.identity;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import eu.tandem.web.Language;
import eu.tandem.web.TimeZones;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * The language and time zone of a request. The language is the one chosen in the header's switch (kept with the
 * account and the session when signed in, in a cookie before), else the first of the browser's languages that Tandem has, else the
 * language of the user's agency's country (for a visitor, of the hub whose public page it is), else English. Times are
 * shown in the time zone of that country, or central European time where there is none.
 */
@Component("localeResolver")
class RequestLanguage implements LocaleContextResolver {

	/** The session's chosen {@link Language}: set by the switch, and from the account at sign-in. */
	static final String CHOSEN = RequestLanguage.class.getName() + ".chosen";
	/** A visitor's choice, kept without a session. */
	static final String COOKIE = "TANDEM_LANGUAGE";
	/** The signed-in user's agency's country, looked up once per session. */
	private static final String HOME = RequestLanguage.class.getName() + ".home";
	/** The country of the page a visitor asked for, looked up once per request (Spring asks for the locale often). */
	private static final String PAGE = RequestLanguage.class.getName() + ".page";

	private final HomeCountry homeCountry;
	private final PageCountry pageCountry;

	RequestLanguage(HomeCountry homeCountry, PageCountry pageCountry) {
		this.homeCountry = homeCountry;
		this.pageCountry = pageCountry;
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		var home = home(request);
		return new SimpleTimeZoneAwareLocaleContext(language(request, home).locale(),
				TimeZone.getTimeZone(home.flatMap(TimeZones::ofCountry).orElse(TimeZones.DEFAULT)));
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return language(request, home(request)).locale();
	}

	private static Language language(HttpServletRequest request, Optional<String> home) {
		var session = request.getSession(false);
		if (session != null && session.getAttribute(CHOSEN) instanceof Language chosen) {
			return chosen;
		}
		var cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
		var fromCookie = Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName()))
			.map(cookie -> Language.ofCode(cookie.getValue())).flatMap(Optional::stream).findFirst();
		if (fromCookie.isPresent()) {
			return fromCookie.get();
		}
		return Language.preferred(request.getHeader("Accept-Language") == null ? java.util.List.of()
				: Collections.list(request.getLocales()))
			.or(() -> home.flatMap(Language::ofCountry))
			.orElse(Language.ENGLISH);
	}

	/**
	 * The country of the signed-in user's agency, remembered in the session; for a visitor, the country of the page
	 * (a hub's public page), if it has one.
	 */
	private Optional<String> home(HttpServletRequest request) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			if (request.getAttribute(PAGE) instanceof String known) {
				return Optional.of(known).filter(country -> !country.isEmpty());
			}
			var country = pageCountry.of(request.getRequestURI().substring(request.getContextPath().length()));
			request.setAttribute(PAGE, country.orElse(""));
			return country;
		}
		var session = request.getSession(false);
		if (session != null && session.getAttribute(HOME) instanceof String known) {
			return Optional.of(known).filter(country -> !country.isEmpty());
		}
		var country = homeCountry.of(user.agencyId());
		if (session != null) {
			session.setAttribute(HOME, country.orElse(""));
		}
		return country;
	}

	/** The cookie that keeps a visitor's choice for a year: a language code, nothing about the person. */
	static Cookie cookie(Language language) {
		var cookie = new Cookie(COOKIE, language.code());
		cookie.setPath("/");
		cookie.setMaxAge((int) java.time.Duration.ofDays(365).toSeconds());
		cookie.setHttpOnly(true);
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
	}

	/** Keeps the choice for the rest of the session; the switch also keeps it with the account. */
	static void choose(HttpSession session, Language language) {
		session.setAttribute(CHOSEN, language);
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
			@Nullable LocaleContext localeContext) {
		var language = localeContext == null || localeContext.getLocale() == null ? Optional.<Language>empty()
				: Language.of(localeContext.getLocale());
		language.ifPresent(chosen -> choose(request.getSession(), chosen));
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		setLocaleContext(request, response, locale == null ? null : () -> locale);
	}
}
