package eu.tandem.agency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import eu.tandem.identity.Profession;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.web.FormErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * The profile form as typed. Contact points are rows of the form; a row left empty is no contact point, so
 * that emptying a row removes it and a spare row adds one without any script.
 */
class AgencyProfileForm {

	private String jurisdiction = "";
	private String preventionWork = "";
	private String responsibilities = "";
	private List<ContactPointForm> contactPoints = new ArrayList<>();
	private List<String> professions = new ArrayList<>();
	private boolean publishesStaffNames;
	private long version;

	static AgencyProfileForm of(StoredProfile stored) {
		var form = new AgencyProfileForm();
		var profile = stored.profile();
		form.jurisdiction = nullToEmpty(profile.jurisdiction());
		form.preventionWork = nullToEmpty(profile.preventionWork());
		form.responsibilities = nullToEmpty(profile.responsibilities());
		profile.contactPoints().forEach(point -> form.contactPoints.add(ContactPointForm.of(point)));
		form.professions = profile.professions().stream().map(Profession::name).toList();
		form.publishesStaffNames = profile.publishesStaffNames();
		form.version = stored.version();
		return form.withSpareRow();
	}

	/** An empty row to add a contact point in, unless there is one already or no room for one. */
	AgencyProfileForm withSpareRow() {
		var hasEmptyRow = contactPoints.stream().anyMatch(row -> row == null || row.isEmpty());
		if (!hasEmptyRow && contactPoints.size() < AgencyProfile.MAX_CONTACT_POINTS) {
			contactPoints = new ArrayList<>(contactPoints);
			contactPoints.add(new ContactPointForm());
		}
		return this;
	}

	/** The profile, or null with every problem recorded next to its field. */
	AgencyProfile toProfile(BindingResult errors) {
		var checkedJurisdiction = FormErrors.capture(errors, () -> AgencyProfile.jurisdiction(jurisdiction));
		var checkedWork = FormErrors.capture(errors, () -> AgencyProfile.preventionWork(preventionWork));
		var checkedResponsibilities = FormErrors.capture(errors, () -> AgencyProfile.responsibilities(responsibilities));
		var checkedPoints = contactPoints(errors);
		var checkedProfessions = FormErrors.capture(errors, () -> professions(professions));
		if (errors.hasErrors()) {
			return null;
		}
		return FormErrors.capture(errors, () -> new AgencyProfile(checkedJurisdiction, checkedWork, checkedResponsibilities,
				checkedPoints, checkedProfessions, publishesStaffNames));
	}

	private List<ContactPoint> contactPoints(BindingResult errors) {
		var points = new ArrayList<ContactPoint>();
		for (var index = 0; index < contactPoints.size(); index++) {
			var row = contactPoints.get(index);
			if (row == null || row.isEmpty()) {
				continue;
			}
			var point = row.toContactPoint(index, errors);
			if (point != null) {
				points.add(point);
			}
		}
		if (points.size() > AgencyProfile.MAX_CONTACT_POINTS) {
			FormErrors.capture(errors, () -> AgencyProfile.contactPoints(points));
		}
		return points;
	}

	/** A contact point's problem, shown next to its field in its row and named by the row in the summary. */
	private static <T> Supplier<T> inRow(int index, Supplier<T> rule) {
		return () -> {
			try {
				return rule.get();
			}
			catch (InvalidInput invalid) {
				throw InvalidInput.of(contactPointField(index, invalid.field()), "agency.error.inContactPoint", index + 1,
						new DefaultMessageSourceResolvable(invalid));
			}
		};
	}

	/** The bound path of a contact point's field, which is also its id on the page: {@code contactPoints[0].email}. */
	public static String contactPointField(int index, String name) {
		return "contactPoints[" + index + "]." + name;
	}

	private static Set<Profession> professions(List<String> values) {
		var chosen = EnumSet.noneOf(Profession.class);
		for (var value : values == null ? List.<String>of() : values) {
			try {
				chosen.add(Profession.valueOf(value));
			}
			catch (IllegalArgumentException | NullPointerException unknown) {
				throw InvalidInput.of("professions", "agency.error.professions");
			}
		}
		return chosen;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	public String getJurisdiction() { return jurisdiction; }
	public void setJurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; }
	public String getPreventionWork() { return preventionWork; }
	public void setPreventionWork(String preventionWork) { this.preventionWork = preventionWork; }
	public String getResponsibilities() { return responsibilities; }
	public void setResponsibilities(String responsibilities) { this.responsibilities = responsibilities; }
	public List<ContactPointForm> getContactPoints() { return contactPoints; }
	public void setContactPoints(List<ContactPointForm> contactPoints) { this.contactPoints = contactPoints; }
	public List<String> getProfessions() { return professions; }
	public void setProfessions(List<String> professions) { this.professions = professions; }
	public boolean isPublishesStaffNames() { return publishesStaffNames; }
	public void setPublishesStaffNames(boolean publishesStaffNames) { this.publishesStaffNames = publishesStaffNames; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

	/** One contact point row as typed. */
	static class ContactPointForm {

		private String label = "";
		private String email = "";
		private String phone = "";
		private String openingHours = "";

		static ContactPointForm of(ContactPoint point) {
			var row = new ContactPointForm();
			row.label = point.label();
			row.email = nullToEmpty(point.email());
			row.phone = nullToEmpty(point.phone());
			row.openingHours = nullToEmpty(point.openingHours());
			return row;
		}

		boolean isEmpty() {
			return isBlank(label) && isBlank(email) && isBlank(phone) && isBlank(openingHours);
		}

		/** The contact point, or null with each of the row's problems recorded next to its field. */
		ContactPoint toContactPoint(int index, BindingResult errors) {
			var before = errors.getErrorCount();
			var checkedLabel = FormErrors.capture(errors, inRow(index, () -> ContactPoint.label(label)));
			var checkedEmail = FormErrors.capture(errors, inRow(index, () -> ContactPoint.email(email)));
			var checkedPhone = FormErrors.capture(errors, inRow(index, () -> ContactPoint.phone(phone)));
			var checkedHours = FormErrors.capture(errors, inRow(index, () -> ContactPoint.openingHours(openingHours)));
			if (errors.getErrorCount() > before) {
				return null;
			}
			return FormErrors.capture(errors, inRow(index,
					() -> new ContactPoint(checkedLabel, checkedEmail, checkedPhone, checkedHours)));
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}

		public String getLabel() { return label; }
		public void setLabel(String label) { this.label = label; }
		public String getEmail() { return email; }
		public void setEmail(String email) { this.email = email; }
		public String getPhone() { return phone; }
		public void setPhone(String phone) { this.phone = phone; }
		public String getOpeningHours() { return openingHours; }
		public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
	}
}
