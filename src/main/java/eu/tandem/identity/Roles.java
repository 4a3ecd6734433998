package eu.tandem.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Roles kept in their declared order, so that every screen lists them the same way. */
final class Roles {

	private Roles() {
	}

	static Set<Role> ordered(Collection<Role> roles) {
		var copy = EnumSet.noneOf(Role.class);
		copy.addAll(roles);
		return Collections.unmodifiableSet(copy);
	}
}
