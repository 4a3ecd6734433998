package eu.tandem.person.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weights of evidence for and against "one person", each with its reason in words. A weight is a log-odds
 * contribution in the spirit of Fellegi and Sunter: rare agreements (a full date of birth) weigh more than
 * common ones (a postcode), and disagreements weigh against.
 */
final class Evidence {

	record Item(double weight, Explanation reason) {
	}

	private final List<Item> items = new ArrayList<>();
	private double total;

	/** Adds a weight, with its reason in words, or none where it is not worth telling (a house number differs). */
	Evidence add(double weight, Reason reason, String... arguments) {
		total += weight;
		if (reason != null) {
			items.add(new Item(weight, reason.with(arguments)));
		}
		return this;
	}

	Evidence addAll(Evidence other) {
		total += other.total;
		items.addAll(other.items);
		return this;
	}

	double total() {
		return total;
	}

	/** Strongest evidence first, for or against. */
	List<Explanation> reasons() {
		return items.stream()
			.sorted(Comparator.comparingDouble((Item item) -> -Math.abs(item.weight())))
			.map(Item::reason)
			.toList();
	}
}
