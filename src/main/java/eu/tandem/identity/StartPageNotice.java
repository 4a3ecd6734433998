package eu.tandem.identity;

import java.time.Instant;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

/**
 * One thing on a user's start page: a heading, a sentence that says what happened and what to do, and where to do
 * it. Never the content of a record: a notice names who did what, not what is recorded about the person.
 * <p>
 * The words are bundle keys with their arguments ({@code Words.of("referral.home.triage.heading", count)}), written
 * in the reader's language when the page is; each key is in the bundle of the module that gives the notice, under
 * {@code <module>.home.}.
 */
public record StartPageNotice(MessageSourceResolvable heading, MessageSourceResolvable text, String href,
		MessageSourceResolvable linkText, Instant at) {

	public StartPageNotice {
		Objects.requireNonNull(heading, "heading");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(href, "href");
		Objects.requireNonNull(linkText, "linkText");
		Objects.requireNonNull(at, "at");
	}
}
