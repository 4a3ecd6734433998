package eu.tandem.plan;

import org.springframework.validation.BindingResult;

/** A task as typed, kept as typed so that a refused task comes back with everything in it. */
class TaskForm extends Against {

	private String title = "";
	private String assignee = "";
	private String starts = "";
	private String due = "";

	static TaskForm of(Task task, TypedAgainst version) {
		var form = new TaskForm();
		form.title = task.title();
		form.assignee = task.assignee().value().toString();
		form.starts = task.starts().toString();
		form.due = task.due().toString();
		form.seen(version);
		return form;
	}

	static TaskForm blank(TypedAgainst version) {
		var form = new TaskForm();
		form.seen(version);
		return form;
	}

	TaskInput toInput(BindingResult errors) {
		return new TaskInput(title, Typed.user(assignee), Typed.day(errors, "starts", starts), Typed.day(errors, "due", due));
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getAssignee() { return assignee; }
	public void setAssignee(String assignee) { this.assignee = assignee; }
	public String getStarts() { return starts; }
	public void setStarts(String starts) { this.starts = starts; }
	public String getDue() { return due; }
	public void setDue(String due) { this.due = due; }
}
