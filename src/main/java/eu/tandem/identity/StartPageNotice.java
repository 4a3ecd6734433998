package eu.tandem.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing on a user's start page: a heading, a sentence that says what happened and what to do, and where to do
 * it. Never the content of a record: a notice names who did what, not what is recorded about the person.
 */
public record StartPageNotice(String heading, String text, String href, String linkText, Instant at) {

	public StartPageNotice {
		Objects.requireNonNull(heading, "heading");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(href, "href");
		Objects.requireNonNull(linkText, "linkText");
		Objects.requireNonNull(at, "at");
	}
}
