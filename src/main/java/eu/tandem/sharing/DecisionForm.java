package eu.tandem.sharing;

import org.jspecify.annotations.Nullable;

/**
 * A decision about an entry of a subject access request as typed: the ground, whether the person may be told that
 * something was withheld, the version of the entry it was typed against and the page it was sent from. A refused
 * decision comes back on that page with all of it kept.
 */
class DecisionForm {

	private String ground = "";
	private String tell = "";
	private String version = "";
	private String from = "";

	/** Yes or no to telling the person; none when neither was chosen. */
	@Nullable Boolean telling() {
		return switch (tell) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> null;
		};
	}

	/** The version typed against; one that is no number matches no version and is refused as decided meanwhile. */
	long typedAgainst() {
		return Typed.version(version);
	}

	/** Sent from the officer's review of the whole request, rather than from the recording agency's page. */
	boolean fromReview() {
		return "review".equals(from);
	}

	public String getGround() { return ground; }
	public void setGround(String ground) { this.ground = ground; }
	public String getTell() { return tell; }
	public void setTell(String tell) { this.tell = tell; }
	public String getVersion() { return version; }
	public void setVersion(String version) { this.version = version; }
	public String getFrom() { return from; }
	public void setFrom(String from) { this.from = from; }
}
