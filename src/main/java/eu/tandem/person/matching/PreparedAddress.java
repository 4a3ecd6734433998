package eu.tandem.person.matching;

/** An address normalised once: folded, and without spaces, so that "pridhamstreet" meets "pridham street". */
record PreparedAddress(String number, String street, String premises, String locality, String postcode) {

	static PreparedAddress of(Address address) {
		return new PreparedAddress(squeeze(address.streetNumber()), squeeze(address.street()),
				squeeze(address.premises()), squeeze(address.locality()), squeeze(address.postcode()));
	}

	static String squeeze(String value) {
		String folded = Names.fold(value).replace(" ", "");
		return folded.isEmpty() ? null : folded;
	}
}
