package eu.tandem.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Builds an entry's fields in order, leaving out what is not known rather than printing an empty line. */
public final class Fields {

	private final List<HeldEntry.Field> fields = new ArrayList<>();

	private Fields() {
	}

	public static Fields of() {
		return new Fields();
	}

	public Fields with(String label, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			fields.add(new HeldEntry.Field(label, value));
		}
		return this;
	}

	/** Several values on one line, separated by commas; nothing when there are none. */
	public Fields with(String label, Collection<String> values) {
		return with(label, values.isEmpty() ? null : String.join(", ", values));
	}

	public List<HeldEntry.Field> list() {
		return List.copyOf(fields);
	}
}
