package org.atelier.corpus.readers;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.api.corpus.SourceFile;
import org.atelier.corpus.text.Titles;
import org.osgi.service.component.annotations.Component;

/**
 * Markdown: one document whose text is the Markdown source as written (offsets then point into what the
 * analyst sees in the file). The title is the first heading or line without its {@code #} marks. A YAML front
 * matter block, as static site generators write it, gives title, date, source or outlet, url and lang, and is
 * left out of the text.
 */
@Component(property = DocumentReader.EXTENSIONS + "=md")
public class MarkdownReader implements DocumentReader {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\n(.*?\n)---\n", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_]+)\\s*:\\s*(.*?)\\s*$", Pattern.MULTILINE);
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");

    @Override
    public List<ParsedDocument> read(SourceFile source) throws IOException {
        String text = source.text();
        Map<String, String> fields = new HashMap<>();
        Matcher front = FRONT_MATTER.matcher(text);
        if (front.find()) {
            Matcher field = FIELD.matcher(front.group(1));
            while (field.find()) {
                fields.put(field.group(1).toLowerCase(Locale.ROOT), unquote(field.group(2)));
            }
            text = text.substring(front.end());
        }
        String title = fields.get("title");
        if (title == null) {
            String first = Titles.firstLine(text);
            if (first != null) {
                Matcher heading = HEADING.matcher(first);
                title = heading.matches() ? heading.group(1) : first;
            }
        }
        return List.of(new ParsedDocument(null, title, text,
                first(fields, "source", "outlet", "site"), first(fields, "date", "published"),
                first(fields, "lang", "language"), first(fields, "url")));
    }

    private static String first(Map<String, String> fields, String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
