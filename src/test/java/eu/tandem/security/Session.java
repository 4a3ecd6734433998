package eu.tandem.security;

import java.util.LinkedHashMap;

import eu.tandem.support.Browserless;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;

/** One account signed in with password and code, sending requests with the CSRF token its pages carry. */
final class Session {

	private final Browserless browser;
	private final String csrf;

	private Session(Browserless browser, String csrf) {
		this.browser = browser;
		this.csrf = csrf;
	}

	static Session signIn(int port, StaffMember member) {
		var browser = new Browserless(port);
		var home = browser.signIn(member);
		var token = home.html().selectFirst("input[name=_csrf]");
		if (token == null) {
			throw new AssertionError("The start page of " + member.username() + " carries no CSRF token: " + home.mainText());
		}
		return new Session(browser, token.val());
	}

	Page send(Request request) {
		if (request.method().equals("GET")) {
			return browser.get(request.path());
		}
		var fields = new LinkedHashMap<>(request.fields());
		fields.put("_csrf", csrf);
		return browser.post(request.path(), fields);
	}

	/** As a forged form would: the fields alone, no CSRF token. */
	Page sendWithoutCsrf(Request request) {
		return browser.post(request.path(), request.fields());
	}
}
