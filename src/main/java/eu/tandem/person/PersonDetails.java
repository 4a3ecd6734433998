package eu.tandem.person;

import java.util.List;
import java.util.Set;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** What is known about a person when they are registered or their record is corrected. */
public record PersonDetails(List<PersonName> names, @Nullable DateOfBirth dateOfBirth, @Nullable Sex sex,
		@Nullable String gender, Set<String> languages, List<Address> addresses, List<Identifier> identifiers) {

	public PersonDetails {
		names = List.copyOf(names);
		if (names.isEmpty()) {
			throw InvalidInput.of("givenNames", "person.error.noName");
		}
		gender = PlainText.optional("gender", new DefaultMessageSourceResolvable("person.field.gender"), gender, 80);
		languages = Set.copyOf(languages);
		addresses = List.copyOf(addresses);
		identifiers = List.copyOf(identifiers);
	}

	public PersonName mainName() {
		return names.getFirst();
	}
}
