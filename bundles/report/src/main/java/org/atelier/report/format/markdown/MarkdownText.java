package org.atelier.report.format.markdown;

/**
 * Text of the documents made inert in Markdown (CommonMark and GitHub's): every character that could start
 * markup is escaped with a backslash, as CommonMark allows for any ASCII punctuation, so that a document's
 * {@code <script>}, {@code [link](x)}, {@code *}, {@code |} or {@code #} shows as written and nothing else.
 * Line breaks become spaces: each value is one line of the report.
 */
final class MarkdownText {
    /** Escaped wherever they are: emphasis, code, links, raw HTML and entities, tables, headings' closing #. */
    private static final String ALWAYS = "\\`*_[]<>#|~&!{}";

    private MarkdownText() {}

    /** {@code text} on one line, escaped. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            if (ALWAYS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@code escaped} made safe at the start of a line: leading white space removed (it would make code), and a
     * first character that would start a list, a heading underline or a thematic break escaped.
     */
    static String lineStart(String escaped) {
        int start = 0;
        while (start < escaped.length() && (escaped.charAt(start) == ' ' || escaped.charAt(start) == '\t')) {
            start++;
        }
        String line = escaped.substring(start);
        if (line.isEmpty()) {
            return line;
        }
        char first = line.charAt(0);
        if (first == '-' || first == '+' || first == '=') {
            return "\\" + line;
        }
        int digits = 0;
        while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
            return line.substring(0, digits) + "\\" + line.substring(digits);
        }
        return line;
    }
}
