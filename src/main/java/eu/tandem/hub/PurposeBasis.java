package eu.tandem.hub;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

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

	/** The basis as a citation: "Art. 6(1)(e) public task; Art. 9(2)(h) health or social care; § 8a SGB VIII". */
	public String citation() {
		var citation = new StringBuilder(art6.label());
		if (art9 != null) {
			citation.append("; ").append(art9.label());
		}
		if (criminalOffenceBasis != null) {
			citation.append("; ").append(criminalOffenceBasis);
		}
		return citation.append("; ").append(legalReference).toString();
	}
}
