package org.atelier.corpus.readers;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.api.corpus.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.osgi.service.component.annotations.Component;

/**
 * HTML: the text a reader of the page sees, one line per block (paragraph, heading, list item), without scripts,
 * styles and hidden elements; the metadata of {@code <title>}, {@code <html lang>} and the {@code <meta>} tags
 * that news sites write for link previews (Open Graph) and search engines.
 */
@Component(property = {DocumentReader.EXTENSIONS + "=html", DocumentReader.EXTENSIONS + "=htm"})
public class HtmlReader implements DocumentReader {
    /** Elements whose content is never shown, or shown only without scripts. */
    private static final String INVISIBLE = "script, style, noscript, template, iframe, object, svg, canvas, "
            + "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    /** Elements that start a new line of text. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "caption",
            "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tr", "ul");

    @Override
    public List<ParsedDocument> read(SourceFile source) throws IOException {
        Document page = Jsoup.parse(source.text());
        String title = first(page.title(), meta(page, "og:title"), page.select("h1").text());
        String outlet = meta(page, "og:site_name");
        String date = first(meta(page, "article:published_time"), meta(page, "date"));
        String url = first(meta(page, "og:url"), page.select("link[rel=canonical]").attr("href"));
        String language = page.select("html[lang]").attr("lang");
        page.select(INVISIBLE).remove();
        String text = visibleText(page.body());
        if (text.isBlank()) {
            // A page drawn by scripts shows nothing without them; its description is all there is to read.
            text = meta(page, "description");
        }
        return List.of(new ParsedDocument(null, title, text == null ? "" : text, outlet, date, blankToNull(language),
                url));
    }

    /** The visible text of {@code root}: one line per block, spaces collapsed, blank lines dropped. */
    static String visibleText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append('\n');
                } else if (node instanceof Element element && isCell(element)) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        StringBuilder text = new StringBuilder(out.length());
        for (String line : out.toString().split("\n")) {
            String cleaned = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!cleaned.isEmpty()) {
                text.append(cleaned).append('\n');
            }
        }
        return text.toString();
    }

    private static boolean isCell(Element element) {
        return element.normalName().equals("td") || element.normalName().equals("th");
    }

    /** The content of {@code <meta property=name>} or {@code <meta name=name>}, or {@code null}. */
    static String meta(Document page, String name) {
        for (Element meta : page.select("meta[content]")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))) {
                return blankToNull(meta.attr("content"));
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
