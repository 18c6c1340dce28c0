package org.atelier.search.lucene;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Turns a prefix or a wildcard pattern typed with or without accents into a Lucene regular expression that
 * matches the words of the exact field whatever their accents: {@code electroni*} becomes
 * {@code [eèéêë]l[eèéêë][cç]tr[oòóôõöø][nñ][iìíîï].*} and finds {@code électroniques}.
 */
final class AccentPatterns {
    /** Each ASCII letter and the Latin lower-case letters that fold to it. */
    private static final Map<Character, String> VARIANTS = variants();
    private static final String RESERVED = ".?+*|{}[]()\"\\#@&<>~";

    private AccentPatterns() {}

    /** The words that start with {@code prefix}. */
    static String prefix(String prefix) {
        return literal(prefix, false) + ".*";
    }

    /** The words that match {@code pattern}, where {@code ?} is any one character and {@code *} any run. */
    static String wildcard(String pattern) {
        return literal(pattern, true);
    }

    private static String literal(String text, boolean wildcards) {
        StringBuilder regex = new StringBuilder(text.length() * 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                appendLiteral(regex, text.charAt(++i));
            } else if (wildcards && c == '?') {
                regex.append('.');
            } else if (wildcards && c == '*') {
                regex.append(".*");
            } else {
                appendLiteral(regex, c);
            }
        }
        return regex.toString();
    }

    private static void appendLiteral(StringBuilder regex, char c) {
        String variants = VARIANTS.get(fold(c));
        if (variants != null) {
            regex.append('[').append(variants).append(']');
        } else if (RESERVED.indexOf(c) >= 0) {
            regex.append('\\').append(c);
        } else {
            regex.append(c);
        }
    }

    private static char fold(char c) {
        char[] out = new char[4];
        int length = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
        return length == 1 ? out[0] : c;
    }

    private static Map<Character, String> variants() {
        Map<Character, StringBuilder> byBase = new HashMap<>();
        for (char c = 'a'; c <= 'z'; c++) {
            byBase.put(c, new StringBuilder().append(c));
        }
        // Latin-1 Supplement: the accented lower-case letters of French and of its western neighbours.
        for (char c = '\u00e0'; c <= '\u00ff'; c++) {
            if (!Character.isLowerCase(c)) {
                continue;
            }
            char base = fold(c);
            if (base != c && byBase.containsKey(base)) {
                byBase.get(base).append(c);
            }
        }
        Map<Character, String> result = new HashMap<>();
        byBase.forEach((base, chars) -> {
            if (chars.length() > 1) {
                result.put(base, chars.toString());
            }
        });
        return Map.copyOf(result);
    }
}
