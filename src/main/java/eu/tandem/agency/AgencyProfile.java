package eu.tandem.agency;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import eu.tandem.identity.Profession;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;

/**
 * What an agency does in prevention work, in its own plain words, for practitioners and for the public
 * "who does what" pages: where it works, what it does, what it is responsible for, how to reach it, which
 * professions it brings to the table, and whether its staff may be named on public pages. A new agency
 * has an empty profile until its administrator describes it.
 */
public record AgencyProfile(@Nullable String jurisdiction, @Nullable String preventionWork,
		@Nullable String responsibilities, List<ContactPoint> contactPoints, Set<Profession> professions,
		boolean publishesStaffNames) {

	public static final int MAX_CONTACT_POINTS = 10;

	public AgencyProfile {
		jurisdiction = jurisdiction(jurisdiction);
		preventionWork = preventionWork(preventionWork);
		responsibilities = responsibilities(responsibilities);
		contactPoints = contactPoints(contactPoints);
		professions = professions(professions);
	}

	/** Not described yet; staff names stay off public pages until the agency decides otherwise. */
	public static AgencyProfile empty() {
		return new AgencyProfile(null, null, null, List.of(), Set.of(), false);
	}

	/** Has the agency said anything about itself yet? */
	public boolean isDescribed() {
		return jurisdiction != null || preventionWork != null || responsibilities != null || !contactPoints.isEmpty()
				|| !professions.isEmpty();
	}

	public boolean brings(Profession profession) {
		return professions.contains(profession);
	}

	static @Nullable String jurisdiction(@Nullable String value) {
		return PlainText.optional("jurisdiction", Words.of("agency.show.jurisdiction"), value, 200);
	}

	static @Nullable String preventionWork(@Nullable String value) {
		return PlainText.optionalMultiLine("preventionWork", Words.of("agency.show.preventionWork"), value, 2000);
	}

	static @Nullable String responsibilities(@Nullable String value) {
		return PlainText.optionalMultiLine("responsibilities", Words.of("agency.show.responsibilities"), value, 2000);
	}

	static List<ContactPoint> contactPoints(List<ContactPoint> value) {
		var points = List.copyOf(Objects.requireNonNull(value, "contactPoints"));
		if (points.size() > MAX_CONTACT_POINTS) {
			throw InvalidInput.of("contactPoints", "agency.error.tooManyContactPoints", MAX_CONTACT_POINTS, points.size());
		}
		return points;
	}

	/** In the order of {@link Profession}, so that every page lists them alike. */
	static Set<Profession> professions(Set<Profession> value) {
		var chosen = EnumSet.noneOf(Profession.class);
		chosen.addAll(Objects.requireNonNull(value, "professions"));
		return Collections.unmodifiableSet(chosen);
	}
}
