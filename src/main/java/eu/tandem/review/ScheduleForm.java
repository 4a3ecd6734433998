package eu.tandem.review;

/** A hub's schedule as typed. */
class ScheduleForm {

	private String reviewEveryMonths = "";
	private String followUpMonths = "";

	static ScheduleForm of(ReviewSchedule schedule) {
		var form = new ScheduleForm();
		form.reviewEveryMonths = String.valueOf(schedule.reviewEveryMonths());
		form.followUpMonths = schedule.followUpsTyped();
		return form;
	}

	public String getReviewEveryMonths() { return reviewEveryMonths; }
	public void setReviewEveryMonths(String reviewEveryMonths) { this.reviewEveryMonths = reviewEveryMonths; }
	public String getFollowUpMonths() { return followUpMonths; }
	public void setFollowUpMonths(String followUpMonths) { this.followUpMonths = followUpMonths; }
}
