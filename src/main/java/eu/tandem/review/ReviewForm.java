package eu.tandem.review;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A review as typed, kept as typed so that a refused review comes back with everything in it. */
class ReviewForm {

	private List<String> valuesNow = new ArrayList<>();
	private List<String> notes = new ArrayList<>();
	private String whatWorked = "";
	private String whatDidNot = "";
	private String decision = "";
	private String closeReason = "";
	private String outcome = "";
	private String outcomeWords = "";

	/** A blank review with a row for each goal of the plan. */
	static ReviewForm blank(int goals) {
		var form = new ReviewForm();
		for (int i = 0; i < goals; i++) {
			form.valuesNow.add("");
			form.notes.add("");
		}
		return form;
	}

	ReviewInput toInput() {
		return new ReviewInput(valuesNow, notes, whatWorked, whatDidNot, constant(Decision.class, decision), closeReason,
				constant(Outcome.class, outcome), outcomeWords);
	}

	/** A constant the form does not offer reads as none chosen, and is refused as such. */
	static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String name) {
		try {
			return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException notOffered) {
			return null;
		}
	}

	/** As many rows as the plan has goals, whatever was posted: a row too many is dropped, a missing one is blank. */
	void fit(int goals) {
		valuesNow = fitted(valuesNow, goals);
		notes = fitted(notes, goals);
	}

	private static List<String> fitted(List<String> typed, int size) {
		var rows = new ArrayList<String>();
		for (int i = 0; i < size; i++) {
			rows.add(i < typed.size() && typed.get(i) != null ? typed.get(i) : "");
		}
		return rows;
	}

	public List<String> getValuesNow() { return valuesNow; }
	public void setValuesNow(List<String> valuesNow) { this.valuesNow = valuesNow; }
	public List<String> getNotes() { return notes; }
	public void setNotes(List<String> notes) { this.notes = notes; }
	public String getWhatWorked() { return whatWorked; }
	public void setWhatWorked(String whatWorked) { this.whatWorked = whatWorked; }
	public String getWhatDidNot() { return whatDidNot; }
	public void setWhatDidNot(String whatDidNot) { this.whatDidNot = whatDidNot; }
	public String getDecision() { return decision; }
	public void setDecision(String decision) { this.decision = decision; }
	public String getCloseReason() { return closeReason; }
	public void setCloseReason(String closeReason) { this.closeReason = closeReason; }
	public String getOutcome() { return outcome; }
	public void setOutcome(String outcome) { this.outcome = outcome; }
	public String getOutcomeWords() { return outcomeWords; }
	public void setOutcomeWords(String outcomeWords) { this.outcomeWords = outcomeWords; }
}
