package eu.tandem.security;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP request as a cell sends it: a GET, or a form POST (the session adds its CSRF token). */
record Request(String method, String path, Map<String, String> fields) {

	static Request get(String path) {
		return new Request("GET", path, Map.of());
	}

	static Request post(String path, String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Give each field a value");
		}
		var fields = new LinkedHashMap<String, String>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return new Request("POST", path, fields);
	}

	/** The same request with one field's value replaced. */
	Request with(String field, String value) {
		var fields = new LinkedHashMap<>(this.fields);
		fields.put(field, value);
		return new Request(method, path, fields);
	}
}
