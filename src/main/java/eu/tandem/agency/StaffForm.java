package eu.tandem.agency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import eu.tandem.identity.AccountChanges;
import eu.tandem.identity.AccountView;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.NewAccount;
import eu.tandem.identity.Password;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.Username;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.validation.BindingResult;

/** A staff member's account as the agency administrator types it. */
class StaffForm {

	private String username = "";
	private String displayName = "";
	private String profession = "";
	private List<String> roles = new ArrayList<>();
	private String password = "";
	private long version;

	static StaffForm of(AccountView account) {
		var form = new StaffForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.profession = account.profession().name();
		form.roles = account.roles().stream().map(Role::name).toList();
		form.version = account.version();
		return form;
	}

	NewAccount toNewAccount(AgencyId agency, BindingResult errors) {
		var checkedUsername = FormErrors.capture(errors, () -> new Username(username));
		var common = common(errors);
		var checkedPassword = checkedUsername == null ? null
				: FormErrors.capture(errors, () -> Password.of("password", password, checkedUsername));
		if (errors.hasErrors()) {
			return null;
		}
		return new NewAccount(checkedUsername, common.displayName(), agency, common.profession(), common.roles(),
				checkedPassword);
	}

	AccountChanges toChanges(BindingResult errors) {
		var common = common(errors);
		return errors.hasErrors() ? null : common;
	}

	private AccountChanges common(BindingResult errors) {
		var checkedName = FormErrors.capture(errors,
				() -> PlainText.required("displayName", Words.of("agency.staffForm.fullName"), displayName, 200));
		var checkedProfession = FormErrors.capture(errors, () -> profession(profession));
		var checkedRoles = FormErrors.capture(errors, () -> roles(roles));
		if (checkedName == null || checkedProfession == null || checkedRoles == null) {
			return null;
		}
		return FormErrors.capture(errors, () -> new AccountChanges(checkedName, checkedProfession, checkedRoles));
	}

	private static Profession profession(String value) {
		try {
			return Profession.valueOf(value);
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			throw InvalidInput.of("profession", "agency.error.profession");
		}
	}

	private static Set<Role> roles(List<String> values) {
		var chosen = EnumSet.noneOf(Role.class);
		for (var value : values == null ? List.<String>of() : values) {
			try {
				chosen.add(Role.valueOf(value));
			}
			catch (IllegalArgumentException unknown) {
				throw InvalidInput.of("roles", "agency.error.roles");
			}
		}
		if (chosen.isEmpty()) {
			throw InvalidInput.of("roles", "agency.error.noRole");
		}
		return chosen;
	}

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public String getProfession() { return profession; }
	public void setProfession(String profession) { this.profession = profession; }
	public List<String> getRoles() { return roles; }
	public void setRoles(List<String> roles) { this.roles = roles; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
