package eu.tandem.agency;

/** One agency as the directory lists it: who it is and what it says about itself. */
record DirectoryEntry(Agency agency, AgencyProfile profile) {
}
