package eu.tandem.plan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The person's or guardian's agreement as typed, before {@link Agreement#check} checks it. */
public record AgreementInput(@Nullable DecidedBy decidedBy, @Nullable LocalDate decidedOn, @Nullable Obtained obtained,
		@Nullable String note) {
}
