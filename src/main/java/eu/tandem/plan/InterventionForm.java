package eu.tandem.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import eu.tandem.identity.AgencyId;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * An intervention as typed, kept as typed so that a refused intervention comes back with everything in it. Its fields
 * are named apart from the goal's and the task's ({@code practitioner}, {@code begins}), as they share pages.
 */
class InterventionForm extends Against {

	private String code = "";
	private String provider = "";
	private String practitioner = "";
	private String begins = "";
	private String frequency = "";
	private String ends = "";
	private String status = InterventionStatus.PLANNED.name();
	private List<String> goals = new ArrayList<>();

	static InterventionForm of(Intervention intervention, TypedAgainst version) {
		var form = new InterventionForm();
		form.code = intervention.code();
		form.provider = intervention.provider().value().toString();
		form.practitioner = intervention.responsible().value().toString();
		form.begins = intervention.starts().toString();
		form.frequency = intervention.frequency().name();
		form.ends = intervention.ends() == null ? "" : intervention.ends().toString();
		form.status = intervention.status().name();
		form.goals = new ArrayList<>(intervention.goals().stream().map(UUID::toString).toList());
		form.seen(version);
		return form;
	}

	static InterventionForm blank(TypedAgainst version) {
		var form = new InterventionForm();
		form.seen(version);
		return form;
	}

	InterventionInput toInput(BindingResult errors) {
		var served = new LinkedHashSet<UUID>();
		goals.stream().map(Typed::id).filter(Objects::nonNull).forEach(served::add);
		return new InterventionInput(code, agency(provider), Typed.user(practitioner), Typed.day(errors, "begins", begins),
				Typed.choice(Frequency.class, frequency), Typed.day(errors, "ends", ends), Typed.choice(InterventionStatus.class, status),
				served);
	}

	/** An agency chosen from the hub's; what is no id stands for an agency outside it. */
	private static @Nullable AgencyId agency(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return AgencyId.parse(text.strip()).orElseGet(() -> new AgencyId(new UUID(0, 0)));
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getProvider() { return provider; }
	public void setProvider(String provider) { this.provider = provider; }
	public String getPractitioner() { return practitioner; }
	public void setPractitioner(String practitioner) { this.practitioner = practitioner; }
	public String getBegins() { return begins; }
	public void setBegins(String begins) { this.begins = begins; }
	public String getFrequency() { return frequency; }
	public void setFrequency(String frequency) { this.frequency = frequency; }
	public String getEnds() { return ends; }
	public void setEnds(String ends) { this.ends = ends; }
	public String getStatus() { return status; }
	public void setStatus(String status) { this.status = status; }
	public List<String> getGoals() { return goals; }
	public void setGoals(List<String> goals) { this.goals = goals == null ? new ArrayList<>() : goals; }
}
