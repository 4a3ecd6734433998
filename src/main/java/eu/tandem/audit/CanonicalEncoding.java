package eu.tandem.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Bytes to seal or hash, written so that two different sequences of values never give the same bytes: each value
 * starts with its kind, texts and byte strings with their length, lists with their size. Without that, ("ab", "c")
 * and ("a", "bc") would share a seal, and a field could be shortened by lengthening its neighbour.
 */
final class CanonicalEncoding {

	private static final int ABSENT = 0;
	private static final int TEXT = 1;
	private static final int NUMBER = 2;
	private static final int LIST = 3;
	private static final int BYTES = 4;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

	CanonicalEncoding text(@Nullable String value) {
		if (value == null) {
			out.write(ABSENT);
			return this;
		}
		out.write(TEXT);
		lengthPrefixed(value.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	CanonicalEncoding text(@Nullable Object value) {
		return text(value == null ? null : value.toString());
	}

	CanonicalEncoding number(long value) {
		out.write(NUMBER);
		out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
		return this;
	}

	/** Microseconds since 1970, the precision PostgreSQL keeps. */
	CanonicalEncoding instant(@Nullable Instant value) {
		if (value == null) {
			out.write(ABSENT);
			return this;
		}
		return number(ChronoUnit.MICROS.between(Instant.EPOCH, value));
	}

	CanonicalEncoding texts(@Nullable List<String> values) {
		if (values == null) {
			out.write(ABSENT);
			return this;
		}
		out.write(LIST);
		out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(values.size()).array());
		values.forEach(this::text);
		return this;
	}

	CanonicalEncoding bytes(byte[] value) {
		out.write(BYTES);
		lengthPrefixed(value);
		return this;
	}

	byte[] toBytes() {
		return out.toByteArray();
	}

	private void lengthPrefixed(byte[] bytes) {
		out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
		out.writeBytes(bytes);
	}
}
