package eu.tandem.audit;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventSealTest {

	static final SealKey KEY = randomKey();

	final EventContent event = new EventContent(UUID.randomUUID(), Instant.parse("2026-11-26T10:15:30.123456Z"),
			UUID.randomUUID(), "ioana.popescu", UUID.randomUUID(), List.of("ANALYST", "DATA_PROTECTION_OFFICER"),
			"person.viewed", "SUCCESS", "person", "4711", "triage", "not-in-case-team", "192.0.2.7");

	@Test
	void changingAnyFieldChangesTheSeal() {
		List<UnaryOperator<EventContent>> changes = List.of(
				e -> with(e, 0, UUID.randomUUID()),
				e -> with(e, 1, e.occurredAt().plusNanos(1_000)),
				e -> with(e, 2, UUID.randomUUID()),
				e -> with(e, 3, "ioana.popescu2"),
				e -> with(e, 4, UUID.randomUUID()),
				e -> with(e, 5, List.of("ANALYST")),
				e -> with(e, 6, "person.changed"),
				e -> with(e, 7, "DENIED"),
				e -> with(e, 8, "referral"),
				e -> with(e, 9, "4712"),
				e -> with(e, 10, "curiosity"),
				e -> with(e, 11, "bad-credentials"),
				e -> with(e, 12, "192.0.2.8"));
		var original = KEY.seal(event.canonical());
		var seals = new ArrayList<String>();
		for (var change : changes) {
			var changed = KEY.seal(change.apply(event).canonical());
			assertThat(changed).isNotEqualTo(original);
			seals.add(HexFormat.of().formatHex(changed));
		}
		assertThat(seals).doesNotHaveDuplicates();
	}

	@Test
	void aFieldCannotBeShortenedByLengtheningItsNeighbour() {
		var ab = with(with(event, 8, "ab"), 9, "c");
		var a = with(with(event, 8, "a"), 9, "bc");
		assertThat(ab.canonical()).isNotEqualTo(a.canonical());
		assertThat(new CanonicalEncoding().text("ab").text("c").toBytes())
			.isNotEqualTo(new CanonicalEncoding().text("a").text("bc").toBytes());
	}

	@Test
	void anEmptyFieldIsNotAMissingOne() {
		assertThat(with(event, 10, "").canonical()).isNotEqualTo(with(event, 10, null).canonical());
	}

	@Test
	void rolesAreSealedAsASetButEachRoleOnItsOwn() {
		assertThat(with(event, 5, List.of("DATA_PROTECTION_OFFICER", "ANALYST")).canonical()).isEqualTo(event.canonical());
		assertThat(with(event, 5, List.of("ANALYST,DATA_PROTECTION_OFFICER")).canonical()).isNotEqualTo(event.canonical());
		assertThat(with(event, 5, List.of("ANALYST", "DATA_PROTECTION_OFFICER", "ANALYST")).canonical())
			.isNotEqualTo(event.canonical());
	}

	@Test
	void timeIsSealedToTheMicrosecondThatPostgresqlKeeps() {
		assertThat(with(event, 1, event.occurredAt().plusNanos(999)).canonical()).isEqualTo(event.canonical());
	}

	@Test
	void onlyTheKeyMakesAMatchingSeal() {
		var seal = KEY.seal(event.canonical());
		assertThat(KEY.sealed(event.canonical(), seal)).isTrue();
		assertThat(randomKey().sealed(event.canonical(), seal)).isFalse();
		assertThat(KEY.sealed(event.canonical(), null)).isFalse();
		assertThat(KEY.toString()).doesNotContain(HexFormat.of().formatHex(seal));
	}

	static SealKey randomKey() {
		var bytes = new byte[SealKey.MINIMUM_BYTES];
		new SecureRandom().nextBytes(bytes);
		return new SealKey(bytes);
	}

	/** The event with its field number {@code index} (in declaration order) replaced. */
	@SuppressWarnings("unchecked")
	static EventContent with(EventContent e, int index, Object value) {
		Object[] fields = { e.eventId(), e.occurredAt(), e.actorUserId(), e.actorUsername(), e.actorAgencyId(),
				e.actorRoles(), e.action(), e.outcome(), e.subjectType(), e.subjectId(), e.purpose(), e.reason(),
				e.clientAddress() };
		fields[index] = value;
		return new EventContent((UUID) fields[0], (Instant) fields[1], (UUID) fields[2], (String) fields[3],
				(UUID) fields[4], (List<String>) fields[5], (String) fields[6], (String) fields[7], (String) fields[8],
				(String) fields[9], (String) fields[10], (String) fields[11], (String) fields[12]);
	}
}
