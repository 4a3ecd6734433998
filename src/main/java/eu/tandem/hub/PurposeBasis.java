package eu.tandem.hub;

import java.util.ArrayList;
import java.util.Objects;

import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * The legal basis an agreement states for one purpose: always a GDPR Art. 6 basis; for health data also an
 * Art. 9(2) condition; for police and justice information the Art. 10 authorisation or national statute, as
 * text. {@code legalReference} names the statute or article the parties rely on, e.g. "§ 8a SGB VIII".
 */
public record PurposeBasis(SharingPurpose purpose, Art6Basis art6, @Nullable Art9Condition art9,
		@Nullable String criminalOffenceBasis, String legalReference) {

	public PurposeBasis {
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(art6, "art6");
		Objects.requireNonNull(legalReference, "legalReference");
	}

	/**
	 * The basis as a citation: "Art. 6(1)(e) public task; Art. 9(2)(h) health or social care; § 8a SGB VIII", the
	 * articles in the reader's language and the statutes as the parties wrote them.
	 */
	public MessageSourceResolvable citation() {
		var parts = new ArrayList<Object>();
		parts.add(Words.of("hub.art6." + art6.name()));
		if (art9 != null) {
			parts.add(Words.of("hub.art9." + art9.name()));
		}
		if (criminalOffenceBasis != null) {
			parts.add(criminalOffenceBasis);
		}
		parts.add(legalReference);
		var citation = Words.of("hub.words.citation", parts.get(parts.size() - 2), parts.getLast());
		for (var i = parts.size() - 3; i >= 0; i--) {
			citation = Words.of("hub.words.citation", parts.get(i), citation);
		}
		return citation;
	}
}
