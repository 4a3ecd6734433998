package eu.tandem.person.matching;

import eu.tandem.person.matching.NamePart.Token;

/**
 * How far two given names, or two surnames, agree, from "the same" down to "different", with what a coordinator
 * needs to see why: the name of the variant line, or which rule related them.
 */
record NameAgreement(Level level, String variantOf) {

	enum Level {
		/** The same letters once case and diacritics are set aside. */
		EXACT,
		/** The same surname once particles are set aside: van der Berg / Berg, El Amrani / Amrani. */
		PARTICLE,
		/** Spellings of one name: from the variant table, or made equal by the spelling rules. */
		VARIANT,
		/** One of several given names, or one part of a compound surname, agrees. */
		PART,
		/** One letter added, dropped, changed, or two neighbours swapped. */
		TYPO,
		/** One letter apart once the spelling rules are applied (Muhamad / Mouhammed). */
		CLOSE,
		/** Close spellings, yet more than a typo apart. */
		SIMILAR,
		/** One record has only the initial of the other's name. */
		INITIAL,
		DIFFERENT,
		MISSING;

		/** Whether this level reads as the same name: everything down to a close spelling. */
		boolean agrees() {
			return compareTo(CLOSE) <= 0;
		}
	}

	static final NameAgreement MISSING = new NameAgreement(Level.MISSING, null);
	static final NameAgreement DIFFERENT = new NameAgreement(Level.DIFFERENT, null);

	static NameAgreement of(NamePart a, NamePart b, boolean givenNames) {
		if (a == null || b == null) {
			return MISSING;
		}
		if (a.joined().folded().equals(b.joined().folded())) {
			return new NameAgreement(Level.EXACT, null);
		}
		if (a.coreJoined().folded().equals(b.coreJoined().folded())) {
			return new NameAgreement(Level.PARTICLE, null);
		}
		NameAgreement best = tokens(a.coreJoined(), b.coreJoined(), givenNames);
		if (a.core().size() > 1 || b.core().size() > 1) {
			NameAgreement parts = parts(a.core().size() <= b.core().size() ? a : b, a.core().size() <= b.core().size() ? b : a,
					givenNames);
			if (parts.level().compareTo(best.level()) < 0) {
				best = parts;
			}
		}
		return best;
	}

	/**
	 * Compound names: García López / García, Anna Maria / Anna. Every part of the shorter name must agree with a
	 * part of the longer one; García López and Martínez López share a part but are two families' names.
	 */
	private static NameAgreement parts(NamePart fewer, NamePart more, boolean givenNames) {
		NameAgreement strongest = DIFFERENT;
		NameAgreement weakest = null;
		for (Token x : fewer.core()) {
			NameAgreement bestForX = DIFFERENT;
			for (Token y : more.core()) {
				NameAgreement pair = tokens(x, y, givenNames);
				if (pair.level().compareTo(bestForX.level()) < 0) {
					bestForX = pair;
				}
			}
			if (bestForX.level().compareTo(strongest.level()) < 0) {
				strongest = bestForX;
			}
			if (weakest == null || bestForX.level().compareTo(weakest.level()) > 0) {
				weakest = bestForX;
			}
		}
		if (!weakest.level().agrees()) {
			return strongest.level().agrees() ? new NameAgreement(Level.SIMILAR, null) : DIFFERENT;
		}
		if (weakest.level() == Level.TYPO || weakest.level() == Level.CLOSE) {
			return weakest;
		}
		String variantOf = strongest.variantOf() != null ? strongest.variantOf() : weakest.variantOf();
		return new NameAgreement(fewer.core().size() == more.core().size() ? Level.VARIANT : Level.PART, variantOf);
	}

	static NameAgreement tokens(Token x, Token y, boolean givenNames) {
		if (x.folded().equals(y.folded())) {
			return new NameAgreement(Level.EXACT, null);
		}
		if (x.group() >= 0 && x.group() == y.group()) {
			return new NameAgreement(Level.VARIANT, x.variantOf());
		}
		if (x.canonical().equals(y.canonical())) {
			return new NameAgreement(Level.VARIANT, null);
		}
		if (givenNames && differInGenderOnly(x.folded(), y.folded())) {
			return DIFFERENT;
		}
		String s = x.folded();
		String t = y.folded();
		int shorter = Math.min(s.length(), t.length());
		if (shorter == 1 || x.canonical().length() == 1 || y.canonical().length() == 1) {
			return s.charAt(0) == t.charAt(0) ? new NameAgreement(Level.INITIAL, null) : DIFFERENT;
		}
		int distance = Similarity.editDistance(s, t, 2);
		int canonicalDistance = Similarity.editDistance(x.canonical(), y.canonical(), 2);
		if (distance == 1 && shorter >= 3) {
			return new NameAgreement(Level.TYPO, null);
		}
		if (canonicalDistance == 1 && shorter >= 5) {
			return new NameAgreement(Level.CLOSE, null);
		}
		if ((distance == 2 && shorter >= 6) || (canonicalDistance == 2 && shorter >= 7)
				|| Similarity.jaroWinkler(s, t) >= 0.9) {
			return new NameAgreement(Level.SIMILAR, null);
		}
		return DIFFERENT;
	}

	/**
	 * Karim / Karima, Aleksandr / Aleksandra, Roberto / Roberta: a feminine and a masculine form are two names,
	 * not one name with a typo.
	 */
	static boolean differInGenderOnly(String a, String b) {
		String shorter = a.length() <= b.length() ? a : b;
		String longer = shorter == a ? b : a;
		if (shorter.length() < 3) {
			return false;
		}
		if (longer.length() == shorter.length() + 1 && longer.startsWith(shorter)) {
			char added = longer.charAt(longer.length() - 1);
			return added == 'a' || (added == 'e' && shorter.length() >= 4 && !Names.isVowel(shorter.charAt(shorter.length() - 1)));
		}
		if (longer.length() == shorter.length()) {
			int last = shorter.length() - 1;
			return shorter.regionMatches(0, longer, 0, last)
					&& ((shorter.charAt(last) == 'o' && longer.charAt(last) == 'a')
							|| (shorter.charAt(last) == 'a' && longer.charAt(last) == 'o'));
		}
		return false;
	}
}
