package eu.tandem.casework;

/**
 * Whether support may be planned for the person in a case: the hub's information-sharing agreement in force names a
 * legal basis for planning and delivering support, or the person (for a minor, the guardian) consented to it and has
 * not withdrawn. The module that keeps consent answers it; without an answer there is no basis.
 */
public interface SupportBasis {

	boolean recorded(CaseId id);
}
