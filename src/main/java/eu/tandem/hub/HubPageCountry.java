package eu.tandem.hub;

import java.util.Optional;
import java.util.regex.Pattern;

import eu.tandem.identity.PageCountry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published hub's public page is in its hub's country, for a visitor whose browser asks for none of Tandem's
 * languages; nothing is said of a hub that is not published.
 */
@Component
class HubPageCountry implements PageCountry {

	private static final Pattern PUBLIC_PAGE = Pattern.compile("/hubs/([^/]+)/?");

	private final HubStore store;

	HubPageCountry(HubStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> of(String path) {
		var page = PUBLIC_PAGE.matcher(path);
		if (!page.matches()) {
			return Optional.empty();
		}
		return HubId.parse(page.group(1)).flatMap(store::publishedCountry);
	}
}
