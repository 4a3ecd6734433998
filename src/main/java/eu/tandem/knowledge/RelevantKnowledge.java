package eu.tandem.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A lesson, practice or open question of the network's knowledge shown on a case screen, with why: one sentence
 * per attribute of the case that made it relevant.
 *
 * @param type what the item is, which a screen names in the reader's language ({@code knowledge.type.LESSON})
 * @param sourceUrl where the paper points for more, or null where it gives no link (then {@code itemPath} is the source)
 */
public record RelevantKnowledge(String key, ItemType type, String heading, String subtheme, List<String> why,
		@Nullable String sourceUrl, String itemPath) {
}
