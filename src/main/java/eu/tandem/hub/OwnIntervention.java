package eu.tandem.hub;

import java.util.Optional;
import java.util.UUID;

import eu.tandem.web.Language;
import org.jspecify.annotations.Nullable;

/** An intervention a hub added to its catalogue, as stored: its words, their language, and whether it is retired. */
record OwnIntervention(UUID id, HubId hub, String name, String description, @Nullable String practice, Language language,
		boolean retired, long version) {

	String code() {
		return InterventionType.OWN_PREFIX + id;
	}

	InterventionType type() {
		return new InterventionType(code(), new InterventionType.Typed(name), new InterventionType.Typed(description), practice,
				null, language, retired);
	}

	/** The identifier in a code ({@code hub:} and a UUID), if it is one. */
	static Optional<UUID> idIn(String code) {
		if (code == null || !code.startsWith(InterventionType.OWN_PREFIX)) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(code.substring(InterventionType.OWN_PREFIX.length())));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
