package eu.tandem.plan;

/**
 * The plan version an edit form was loaded with: its number and its row version. A save against anything but the
 * version as it is now is refused as an edit conflict, so that two people never silently overwrite each other. A
 * case without a plan yet is typed against version 1 at row version 0.
 */
public record TypedAgainst(int number, long rowVersion) {

	public static final TypedAgainst NO_PLAN_YET = new TypedAgainst(1, 0);
}
