package org.atelier.claims.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The content words of French text, folded and cut to a crude stem, for telling how close two wordings are:
 * {@code restrictions} and {@code restriction} share theirs, {@code les} and {@code pour} are not kept.
 */
public final class Words {
    private static final int STEM = 6;
    private static final Set<String> STOP = Set.copyOf(List.of("alors", "aussi", "autre", "autres", "avant", "avec", "avoir",
            "cela", "celle", "celles", "celui", "cependant", "certains", "certaines", "cette", "ceux", "chaque",
            "comme", "comment", "dans", "depuis", "donc", "dont", "elle", "elles", "encore", "entre", "etre",
            "faire", "leur", "leurs", "lors", "lorsque", "mais", "meme", "mêmes", "moins", "notamment", "notre",
            "nous", "plus", "pour", "pourquoi", "quand", "quel", "quelle", "quelles", "quels", "sans", "selon",
            "sera", "seront", "serait", "seraient", "sont", "sous", "tandis", "tant", "tous", "tout", "toute",
            "toutes", "tres", "vers", "votre", "vous", "avait", "avaient", "aurait", "auraient", "pourrait",
            "pourraient", "devrait", "ainsi", "apres", "dela", "deja", "egalement", "enfin", "fait", "font",
            "peut", "peuvent", "quant", "puis", "sein", "travers", "afin", "jusqu", "cette", "cet", "ces",
            "leurs", "dont", "ceci", "voici", "voila", "ete", "etait", "etaient", "sommes", "avons", "avez",
            "ont", "est", "une", "des", "les", "aux", "par", "sur", "que", "qui", "son", "ses", "sa"));

    private Words() {}

    /** The stems of the content words of {@code text}. */
    public static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : FoldedText.fold(text, FoldedText.Mode.LOOSE).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 4 || STOP.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            stems.add(word.length() > STEM ? word.substring(0, STEM) : word.replaceAll("s$", ""));
        }
        return stems;
    }
}
