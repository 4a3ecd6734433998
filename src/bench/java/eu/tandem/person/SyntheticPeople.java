package eu.tandem.person;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invented people for the registry benchmark, with names from across Europe's populations (and their
 * transliterations), dates of birth and towns. Part of the benchmark, never of the demo data.
 */
final class SyntheticPeople {

	private static final List<String> GIVEN = List.of("Mohammed", "Muhammad", "Ahmed", "Youssef", "Omar", "Ali", "Hassan",
			"Ibrahim", "Mustafa", "Mehmet", "Emre", "Can", "Burak", "Elif", "Ayse", "Zeynep", "Fatma", "Leyla", "Amira",
			"Fatima", "Mariam", "Noor", "Aisha", "Sara", "Hamza", "Bilal", "Karim", "Nadia", "Samira", "Reza", "Dariush",
			"Parisa", "Shirin", "Abdi", "Hodan", "Fartun", "Ayaan", "Oleksandr", "Aleksandr", "Dmytro", "Andriy", "Olena",
			"Iryna", "Natalia", "Ivan", "Sergei", "Magomed", "Ramzan", "Zelimkhan", "Aslan", "Arben", "Besnik", "Dritan",
			"Erion", "Valbona", "Ardit", "Jonas", "Lukas", "Leon", "Finn", "Paul", "Felix", "Emma", "Mia", "Hannah", "Lea",
			"Sophie", "Anna", "Mette", "Anders", "Lars", "Freja", "Ida", "Mikkel", "Rasmus", "Sofie", "Piotr", "Jakub",
			"Kacper", "Zofia", "Maja", "Jan", "Tomasz", "Marco", "Luca", "Giulia", "Chiara", "Francesca", "Alessandro",
			"Jose", "Maria", "Lucia", "Javier", "Carmen", "Pablo", "Joao", "Ana", "Tiago", "Ines", "Kwame", "Ama", "Kofi",
			"Niamh", "Aoife", "Sean", "Ciaran", "Emil", "Elias", "Noah", "Liam", "Matteo", "Ioana", "Andrei", "Elena",
			"Mihai", "Georgios", "Eleni", "Dimitris", "Katarzyna", "Agnieszka", "Bogdan", "Vesna", "Milos", "Jelena");
	private static final List<String> SURNAMES = List.of("El Amrani", "Benali", "Haddad", "Khalil", "Nasser", "Mansour",
			"Al-Rashid", "Hussein", "Abdullah", "Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Ozturk", "Arslan", "Dogan",
			"Aydin", "Hosseini", "Ahmadi", "Karimi", "Rahimi", "Mohammadi", "Farah", "Warsame", "Hassan", "Abdi", "Jama",
			"Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Ivanov", "Petrov", "Smirnov", "Kadyrov", "Dudayev",
			"Basayev", "Hoxha", "Krasniqi", "Berisha", "Gashi", "Shala", "Muller", "Schmidt", "Schneider", "Fischer",
			"Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann",
			"Schwarz", "Braun", "Hartmann", "Kruger", "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen",
			"Larsen", "Sorensen", "Rasmussen", "Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski",
			"Zielinski", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Garcia", "Fernandez", "Lopez",
			"Martinez", "Sanchez", "Perez", "Garcia Lopez", "Silva", "Santos", "Ferreira", "Pereira", "Mensah", "Owusu",
			"Boateng", "Murphy", "Kelly", "O'Brien", "Byrne", "Walsh", "van der Berg", "de Jong", "van Dijk", "Bakker",
			"Janssen", "Visser", "Smit", "de Vries", "Popescu", "Ionescu", "Papadopoulos", "Nikolaidis", "Jovanovic",
			"Petrovic", "Novak", "Horvat", "Virtanen", "Korhonen", "Nieminen", "Dubois", "Laurent", "Bernard", "Moreau");
	private static final List<String> TOWNS = List.of("Augsburg", "Aarhus", "Utrecht", "Malmo", "Antwerp", "Lyon",
			"Bradford", "Vienna", "Graz", "Odense", "Rotterdam", "Bologna", "Seville", "Porto", "Gdansk", "Tampere");
	private static final Set<List<String>> VARIANTS = Set.of(List.of("Mohammed", "Muhammad", "Mohamed", "Mehmet"),
			List.of("Youssef", "Yusuf", "Youssouf"), List.of("Aleksandr", "Oleksandr", "Alexander"),
			List.of("Ozturk", "Oeztuerk", "Öztürk"), List.of("Hussein", "Husayn", "Hussain"), List.of("Magomed", "Magamed"));

	private final Random random;

	SyntheticPeople(long seed) {
		this.random = new Random(seed);
	}

	PersonDetails next() {
		var given = pick(GIVEN);
		var surname = pick(SURNAMES);
		var year = 1950 + random.nextInt(66);
		var date = new DateOfBirth(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
		var address = new Address(null, String.valueOf(10000 + random.nextInt(89999)), pick(TOWNS), null, null, null);
		return new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, given, surname, null)), date, null, null,
				Set.of(), List.of(address), List.of());
	}

	/**
	 * How the same person arrives in a new referral: with a typo, another transliteration, names swapped,
	 * only the year of birth, or no date at all.
	 */
	PersonDetails asReferredAgain(PersonDetails person) {
		var name = person.mainName();
		var given = name.givenNames();
		var surname = name.surname();
		var date = person.dateOfBirth();
		switch (random.nextInt(6)) {
			case 0 -> surname = typo(surname);
			case 1 -> given = variantOf(given);
			case 2 -> {
				var swap = given;
				given = surname;
				surname = swap;
			}
			case 3 -> date = new DateOfBirth(date.year(), null, null);
			case 4 -> date = null;
			default -> given = typo(given);
		}
		return new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, given, surname, null)), date, null, null,
				Set.of(), List.of(), List.of());
	}

	private String variantOf(String name) {
		return VARIANTS.stream().filter(group -> group.contains(name)).findFirst()
			.map(group -> group.get((group.indexOf(name) + 1) % group.size())).orElse(typo(name));
	}

	private String typo(String word) {
		if (word.length() < 4) {
			return word;
		}
		var at = 1 + random.nextInt(word.length() - 2);
		var letters = word.toCharArray();
		var swap = letters[at];
		letters[at] = letters[at + 1];
		letters[at + 1] = swap;
		return new String(letters);
	}

	private String pick(List<String> from) {
		return from.get(random.nextInt(from.size()));
	}
}
