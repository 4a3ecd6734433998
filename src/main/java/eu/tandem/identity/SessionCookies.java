package eu.tandem.identity;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie. A value that does not decode to a session id (a tampered or garbage cookie) is treated
 * as no cookie at all, before it reaches the database: PostgreSQL refuses some byte sequences in a query
 * parameter, and a refused query must not turn a bad cookie into an error page.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookies {

	private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@Bean
	CookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.name}") String name,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure,
			@Value("${server.servlet.session.cookie.same-site:Lax}") String sameSite) {
		var serializer = new DefaultCookieSerializer() {
			@Override
			public List<String> readCookieValues(HttpServletRequest request) {
				return super.readCookieValues(request).stream().filter(id -> SESSION_ID.matcher(id).matches()).toList();
			}
		};
		serializer.setCookieName(name);
		serializer.setUseHttpOnlyCookie(true);
		serializer.setUseSecureCookie(secure);
		serializer.setSameSite(sameSite);
		return serializer;
	}
}
