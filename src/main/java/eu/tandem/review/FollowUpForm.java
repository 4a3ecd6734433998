package eu.tandem.review;

import java.util.ArrayList;
import java.util.List;

/** A follow-up as typed, kept as typed so that a refused one comes back with everything in it. */
class FollowUpForm {

	private List<String> howNow = new ArrayList<>();
	private String note = "";
	private boolean newReferralNeeded;

	static FollowUpForm blank(int indicators) {
		var form = new FollowUpForm();
		for (int i = 0; i < indicators; i++) {
			form.howNow.add("");
		}
		return form;
	}

	void fit(int indicators) {
		var rows = new ArrayList<String>();
		for (int i = 0; i < indicators; i++) {
			rows.add(i < howNow.size() && howNow.get(i) != null ? howNow.get(i) : "");
		}
		howNow = rows;
	}

	FollowUpInput toInput() {
		return new FollowUpInput(howNow, note, newReferralNeeded);
	}

	public List<String> getHowNow() { return howNow; }
	public void setHowNow(List<String> howNow) { this.howNow = howNow; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
	public boolean isNewReferralNeeded() { return newReferralNeeded; }
	public void setNewReferralNeeded(boolean newReferralNeeded) { this.newReferralNeeded = newReferralNeeded; }
}
