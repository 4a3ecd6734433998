package eu.tandem.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 page that says what to do, a request whose address or form holds characters that cannot
 * be read: bytes that are not UTF-8, a broken %-escape, or a control character that no keyboard types (NUL and
 * the other C0 controls; tab and line breaks are text). Such input is never what a person meant, PostgreSQL
 * refuses a NUL outright (a 500), and the server's decoder, asked later, logs the value it could not read. So it
 * is checked once, before Spring Security and before anything reads a parameter; only the session is found
 * first, so that the page still shows who is signed in.
 * <p>
 * The address is checked byte for byte, as it came. A form is checked after the server has decoded it (reading
 * it here would leave nothing for the server to decode), which refuses bytes that are not UTF-8. The refusal
 * page is shown by a forward with the parameters hidden, so that nothing on the way to it (security, logging at
 * DEBUG) reads them, and Spring Security writes its headers on it as on any page. The log line names the method
 * and the path, never the text: it may be anything a person typed.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class ReadableRequests extends OncePerRequestFilter {

	/** Where the refusal is shown (see {@link ErrorPages}). */
	static final String REFUSAL = "/unreadable-request";

	private static final Logger log = LoggerFactory.getLogger(ReadableRequests.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var problem = inAddress(request.getQueryString()).map(found -> found + " in the address")
			.or(() -> inForm(request).map(found -> found + " in the form"));
		if (problem.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		log.info("Refused {} {}: {} (the text is not logged)", request.getMethod(), request.getRequestURI(), problem.get());
		request.getRequestDispatcher(REFUSAL).forward(new Unread(request), response);
	}

	/** What cannot be read in a query string as it came, %-escapes and all; empty if it reads. */
	static Optional<String> inAddress(@Nullable String query) {
		if (query == null || query.isEmpty()) {
			return Optional.empty();
		}
		var bytes = new ByteArrayOutputStream(query.length());
		for (int i = 0; i < query.length(); i++) {
			var c = query.charAt(i);
			if (c == '%') {
				var high = i + 1 < query.length() ? hex(query.charAt(i + 1)) : -1;
				var low = i + 2 < query.length() ? hex(query.charAt(i + 2)) : -1;
				if (high < 0 || low < 0) {
					return Optional.of("a broken %-escape");
				}
				bytes.write(high << 4 | low);
				i += 2;
			}
			else if (c <= 0xFF) {
				// a byte the client sent without escaping it, which the server hands on as it came
				bytes.write(c);
			}
			else {
				return Optional.of("a character the server could not have received");
			}
		}
		try {
			var text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
			return control(text);
		}
		catch (CharacterCodingException notUtf8) {
			return Optional.of("bytes that are not UTF-8");
		}
	}

	/** What cannot be read in a submitted form, once the server has decoded it; empty if it reads. */
	private static Optional<String> inForm(HttpServletRequest request) {
		if (!isForm(request)) {
			return Optional.empty();
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException undecodable) {
			// the server refuses bytes that are not UTF-8 and broken %-escapes, with the value in its message
			return Optional.of("bytes that are not UTF-8 or a broken %-escape");
		}
		for (var parameter : parameters.entrySet()) {
			var problem = control(parameter.getKey());
			for (var value : parameter.getValue()) {
				problem = problem.or(() -> control(value));
			}
			if (problem.isPresent()) {
				return problem;
			}
		}
		return Optional.empty();
	}

	private static boolean isForm(HttpServletRequest request) {
		var type = request.getContentType();
		try {
			return type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
		}
		catch (RuntimeException notAMediaType) {
			return false;
		}
	}

	private static int hex(char c) {
		return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
	}

	private static Optional<String> control(String text) {
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return Optional.of(c == 0 ? "a NUL character" : "a control character");
			}
		}
		return Optional.empty();
	}

	/**
	 * The request as the refusal page sees it: a GET with no parameters and no body, so that nothing on the way
	 * to the page can trip over what could not be read.
	 */
	private static final class Unread extends HttpServletRequestWrapper {

		Unread(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public @Nullable String getQueryString() {
			return null;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}
	}
}
