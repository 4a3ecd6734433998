package eu.tandem.plan;

import org.springframework.validation.BindingResult;

/** A goal as typed, kept as typed so that a refused goal comes back with everything in it. */
class GoalForm extends Against {

	private String statement = "";
	private String indicator = "";
	private String baseline = "";
	private String target = "";
	private String responsible = "";
	private String date = "";

	static GoalForm of(Goal goal, TypedAgainst version) {
		var form = new GoalForm();
		form.statement = goal.statement();
		form.indicator = goal.indicator();
		form.baseline = goal.baseline();
		form.target = goal.target();
		form.responsible = goal.responsible().value().toString();
		form.date = goal.due().toString();
		form.seen(version);
		return form;
	}

	static GoalForm blank(TypedAgainst version) {
		var form = new GoalForm();
		form.seen(version);
		return form;
	}

	GoalInput toInput(BindingResult errors) {
		return new GoalInput(statement, indicator, baseline, target, Typed.user(responsible), Typed.day(errors, "date", date));
	}

	public String getStatement() { return statement; }
	public void setStatement(String statement) { this.statement = statement; }
	public String getIndicator() { return indicator; }
	public void setIndicator(String indicator) { this.indicator = indicator; }
	public String getBaseline() { return baseline; }
	public void setBaseline(String baseline) { this.baseline = baseline; }
	public String getTarget() { return target; }
	public void setTarget(String target) { this.target = target; }
	public String getResponsible() { return responsible; }
	public void setResponsible(String responsible) { this.responsible = responsible; }
	public String getDate() { return date; }
	public void setDate(String date) { this.date = date; }
}
