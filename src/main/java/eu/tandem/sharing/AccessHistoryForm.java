package eu.tandem.sharing;

/** What the officer typed to look up a person's access history, kept as typed for the next page and for a refusal. */
class AccessHistoryForm {

	private String reference = "";
	private String who = "";
	private String kind = "";
	private String from = "";
	private String to = "";
	private String page = "1";

	/** The page asked for; anything else than a page number is the first. */
	int pageNumber() {
		try {
			return Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	public String getReference() { return reference; }
	public void setReference(String reference) { this.reference = reference; }
	public String getWho() { return who; }
	public void setWho(String who) { this.who = who; }
	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getFrom() { return from; }
	public void setFrom(String from) { this.from = from; }
	public String getTo() { return to; }
	public void setTo(String to) { this.to = to; }
	public String getPage() { return page; }
	public void setPage(String page) { this.page = page; }
}
