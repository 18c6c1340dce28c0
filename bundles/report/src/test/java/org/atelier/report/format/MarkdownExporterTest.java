package org.atelier.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.atelier.api.report.ReportClaim;
import org.atelier.report.Fixtures;
import org.atelier.report.format.markdown.MarkdownExporter;
import org.atelier.report.service.LiveReport;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The Markdown report read back by a CommonMark parser (with GitHub tables). */
class MarkdownExporterTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Test
    void readBackEveryQuoteIsTextInBoldAndNothingBecameMarkup() {
        LiveReport report = Fixtures.report(Fixtures.world());
        Node document = PARSER.parse(Exports.text(new MarkdownExporter(), report));

        List<String> quotes = new ArrayList<>();
        // White space at the ends of a quote stays beside the emphasis, as Markdown requires.
        report.claims().forEach(rc -> quotes.add(rc.quote().strip()));
        List<String> bold = new ArrayList<>();
        List<Node> markup = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int[] headings = new int[5];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(StrongEmphasis strong) {
                bold.add(literal(strong));
            }

            @Override
            public void visit(HtmlInline html) {
                markup.add(html);
            }

            @Override
            public void visit(HtmlBlock html) {
                markup.add(html);
            }

            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
            }

            @Override
            public void visit(Heading heading) {
                headings[heading.getLevel()]++;
                visitChildren(heading);
            }
        });
        assertThat(bold).isEqualTo(quotes);
        assertThat(markup).as("raw HTML in the Markdown").isEmpty();
        assertThat(links).containsExactly("https://techcrunch.example/bytedance");
        assertThat(headings).containsExactly(0, 1, 4, 3, 12);
    }

    @Test
    void contextClaimantNotesAndTheIndexComeBackAsWritten() {
        LiveReport report = Fixtures.report(Fixtures.world());
        Node document = PARSER.parse(Exports.text(new MarkdownExporter(), report));
        String all = literal(document);
        for (ReportClaim rc : report.claims()) {
            assertThat(all).contains(rc.before().stripLeading() + rc.quote() + rc.after().stripTrailing());
            if (rc.claim().claimant() != null) {
                assertThat(all).contains("Claimant: " + rc.claim().claimant());
            }
        }
        assertThat(all).contains("note sur deux lignes <i>")
                .contains("Status: Corroborated \u2014 Deux sources l’affirment")
                .contains("Figures: 7 milliards de dollars (7000000000 USD); 2025")
                .contains("Query: none")
                .contains("Suggester french-rules: org.atelier.claims 0.1.0, 1 claim of this report");

        List<List<String>> rows = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow row && row.getParent() instanceof TableBody) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(literal(cell));
                        }
                    }
                    rows.add(cells);
                } else {
                    visitChildren(node);
                }
            }
        });
        assertThat(rows).containsExactly(
                List.of("1", "ByteDance et les puces", "Techcrunch, 2025-01-02, 000_bytedance.txt", "2"),
                List.of("2", "Les commandes de ByteDance", "004_information.txt", "2"),
                List.of("3", "Titre hostile : <script>alert(\"x\")</script> & « guillemets »",
                        "=cmd|' /C calc'!A0, article-hostile.txt", "8"));
    }

    static String literal(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak soft) {
                out.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.Paragraph paragraph) {
                visitChildren(paragraph);
                out.append('\n');
            }
        });
        return out.toString();
    }
}
