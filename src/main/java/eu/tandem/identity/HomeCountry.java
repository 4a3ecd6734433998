package eu.tandem.identity;

import java.util.Optional;

/**
 * The country an agency works in, as an ISO 3166 code. The agency module answers it; identity asks it for the
 * language and the time zone of a signed-in user whose browser asks for none of Tandem's languages.
 */
public interface HomeCountry {

	Optional<String> of(AgencyId agency);
}
