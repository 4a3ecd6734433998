package eu.tandem.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyProfileFormTest {

	@Test
	void offersOneSpareContactPointRowWhileThereIsRoom() {
		var stored = new StoredProfile(AgencyId.random(), new AgencyProfile("City of Aarhus", null, null,
				List.of(new ContactPoint("Desk", "desk@agency.example", null, null)), Set.of(Profession.TEACHER), true), 3);

		var form = AgencyProfileForm.of(stored);

		assertThat(form.getContactPoints()).hasSize(2);
		assertThat(form.getContactPoints().get(1).isEmpty()).isTrue();
		assertThat(form.getProfessions()).containsExactly("TEACHER");
		assertThat(form.isPublishesStaffNames()).isTrue();
		assertThat(form.getVersion()).isEqualTo(3);
	}

	@Test
	void aRefusedFormGetsASpareRowOnlyIfItHasNone() {
		var form = new AgencyProfileForm();
		form.setContactPoints(new ArrayList<>(List.of(row("Desk", "bad address", "", ""))));
		assertThat(form.withSpareRow().getContactPoints()).hasSize(2);
		assertThat(form.withSpareRow().getContactPoints()).as("one spare row is enough").hasSize(2);
	}

	@Test
	void emptyRowsAreNoContactPoints() {
		var form = new AgencyProfileForm();
		form.setContactPoints(new ArrayList<>(List.of(row("", "", "", ""), row("Desk", "desk@agency.example", "", ""),
				row(" ", " ", " ", " "))));
		var errors = new BeanPropertyBindingResult(form, "form");

		var profile = form.toProfile(errors);

		assertThat(errors.hasErrors()).isFalse();
		assertThat(profile.contactPoints()).containsExactly(new ContactPoint("Desk", "desk@agency.example", null, null));
	}

	@Test
	void eachProblemOfARowIsShownNextToItsFieldAndNamesTheRow() {
		var form = new AgencyProfileForm();
		form.setPreventionWork("Rings a bell\u0007");
		form.setContactPoints(new ArrayList<>(List.of(row("Desk", "desk@agency.example", "", ""),
				row("", "not an address", "call us", ""))));
		var errors = new BeanPropertyBindingResult(form, "form");

		assertThat(form.toProfile(errors)).isNull();

		assertThat(InEnglish.of(errors.getFieldError("preventionWork")))
			.isEqualTo("“What it does in prevention work” contains invisible control characters. Retype it.");
		assertThat(InEnglish.of(errors.getFieldError("contactPoints[1].label"))).isEqualTo("Contact point 2: Enter “Name”.");
		assertThat(InEnglish.of(errors.getFieldError("contactPoints[1].email")))
			.isEqualTo("Contact point 2: Enter an e-mail address like prevention@agency.example.");
		assertThat(InEnglish.of(errors.getFieldError("contactPoints[1].phone"))).startsWith("Contact point 2: ");
		assertThat(errors.getFieldErrors("contactPoints[0].label")).isEmpty();
	}

	@Test
	void moreThanTenContactPointsAreRefusedAsAWhole() {
		var form = new AgencyProfileForm();
		var rows = new ArrayList<AgencyProfileForm.ContactPointForm>();
		for (var i = 0; i < 11; i++) {
			rows.add(row("Desk " + i, "desk" + i + "@agency.example", "", ""));
		}
		form.setContactPoints(rows);
		var errors = new BeanPropertyBindingResult(form, "form");

		assertThat(form.toProfile(errors)).isNull();
		assertThat(InEnglish.of(errors.getFieldError("contactPoints"))).startsWith("An agency lists at most 10");
	}

	@Test
	void refusesProfessionsThatAreNotOnTheList() {
		var form = new AgencyProfileForm();
		form.setProfessions(List.of("PSYCHIATRIST", "WIZARD"));
		var errors = new BeanPropertyBindingResult(form, "form");

		assertThat(form.toProfile(errors)).isNull();
		assertThat(InEnglish.of(errors.getFieldError("professions"))).isEqualTo("Choose professions from the list.");
	}

	private static AgencyProfileForm.ContactPointForm row(String label, String email, String phone, String hours) {
		var row = new AgencyProfileForm.ContactPointForm();
		row.setLabel(label);
		row.setEmail(email);
		row.setPhone(phone);
		row.setOpeningHours(hours);
		return row;
	}
}
