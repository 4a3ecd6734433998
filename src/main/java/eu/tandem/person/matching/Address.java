package eu.tandem.person.matching;

import static eu.tandem.person.matching.PersonName.blankToNull;

/**
 * An address as far as it is known, every part optional. {@code premises} is the line many addresses have
 * besides the street: a building, an estate, a care-of or a hostel; records often put it and the street in
 * either order, so the matcher compares them both ways.
 */
public record Address(String streetNumber, String street, String premises, String locality, String postcode) {

	public Address {
		streetNumber = blankToNull(streetNumber);
		street = blankToNull(street);
		premises = blankToNull(premises);
		locality = blankToNull(locality);
		postcode = blankToNull(postcode);
	}

	public static Address of(String streetNumber, String street, String locality, String postcode) {
		return new Address(streetNumber, street, null, locality, postcode);
	}

	public boolean isEmpty() {
		return streetNumber == null && street == null && premises == null && locality == null && postcode == null;
	}
}
