package eu.tandem.person.matching;

/** String measures for names and addresses typed by hand: typos, dropped and doubled letters, swapped neighbours. */
final class Similarity {

	private Similarity() {
	}

	/**
	 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbouring letters
	 * each cost one. Stops early and returns {@code limit + 1} once the distance is certainly above {@code limit}.
	 */
	static int editDistance(String a, String b, int limit) {
		int n = a.length();
		int m = b.length();
		if (Math.abs(n - m) > limit) {
			return limit + 1;
		}
		int[] before = new int[m + 1];
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= n; i++) {
			current[0] = i;
			int rowMin = i;
			char ca = a.charAt(i - 1);
			for (int j = 1; j <= m; j++) {
				char cb = b.charAt(j - 1);
				int cost = ca == cb ? 0 : 1;
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
					value = Math.min(value, before[j - 2] + 1);
				}
				current[j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
			int[] recycled = before;
			before = previous;
			previous = current;
			current = recycled;
		}
		return Math.min(previous[m], limit + 1);
	}

	/** Jaro-Winkler similarity in [0, 1], with the usual prefix scale of 0.1 over at most four letters. */
	static double jaroWinkler(String a, String b) {
		if (a.equals(b)) {
			return 1.0;
		}
		int n = a.length();
		int m = b.length();
		if (n == 0 || m == 0) {
			return 0.0;
		}
		int window = Math.max(0, Math.max(n, m) / 2 - 1);
		boolean[] matchedA = new boolean[n];
		boolean[] matchedB = new boolean[m];
		int matches = 0;
		for (int i = 0; i < n; i++) {
			int from = Math.max(0, i - window);
			int to = Math.min(m - 1, i + window);
			for (int j = from; j <= to; j++) {
				if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
					matchedA[i] = true;
					matchedB[j] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0.0;
		}
		int transpositions = 0;
		for (int i = 0, j = 0; i < n; i++) {
			if (matchedA[i]) {
				while (!matchedB[j]) {
					j++;
				}
				if (a.charAt(i) != b.charAt(j)) {
					transpositions++;
				}
				j++;
			}
		}
		double jaro = ((double) matches / n + (double) matches / m + (matches - transpositions / 2.0) / matches) / 3.0;
		int prefix = 0;
		while (prefix < Math.min(4, Math.min(n, m)) && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		return jaro + prefix * 0.1 * (1.0 - jaro);
	}
}
