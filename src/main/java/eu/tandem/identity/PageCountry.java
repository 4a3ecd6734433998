package eu.tandem.identity;

import java.util.Optional;

/**
 * The country a public page belongs to, as an ISO 3166 code: a hub's page is its hub's. The hub module answers it;
 * identity asks it for the language and time zone of a visitor whose browser asks for none of Tandem's languages,
 * so that someone worried about a young person in Aarhus reads the Aarhus hub's page in Danish.
 */
public interface PageCountry {

	/** The country of the page at this path (the request's, without the context path); none for most pages. */
	Optional<String> of(String path);
}
