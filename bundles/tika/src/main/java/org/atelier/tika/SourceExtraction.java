package org.atelier.tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.atelier.api.corpus.InvalidSourceException;
import org.atelier.api.corpus.ParsedDocument;
import org.xml.sax.ContentHandler;

/**
 * The reading of one source: its document, and each embedded file (an attachment, a file in an office document,
 * a mailbox's message) as a document of its own. Tika hands every embedded file to {@link ChildExtractor}, which
 * parses it apart, so its text stays out of its parent's. A document is given with the documents embedded in it
 * right after it; a mailbox's messages are given one by one as each is read.
 */
final class SourceExtraction {
    private static final String MAILBOX = "application/mbox";

    private final AutoDetectParser parser;
    private final ReadingLimits limits;
    private final boolean ocr;
    private final ExtractionEvents events;
    private final String fileName;
    private final Set<String> parts = new HashSet<>();
    private boolean mailbox;
    private int messages;
    private int embedded;
    private boolean countReported;
    private boolean depthReported;

    /**
     * @param ocr whether OCR runs: enabled and available (Tesseract and its language data installed)
     */
    SourceExtraction(AutoDetectParser parser, ReadingLimits limits, boolean ocr, String fileName,
            ExtractionEvents events) {
        this.parser = parser;
        this.limits = limits;
        this.ocr = ocr;
        this.fileName = fileName;
        this.events = events;
    }

    /** Reads the source in {@code in}, handing its documents to the events. */
    void run(InputStream in) throws IOException, InterruptedException {
        Metadata metadata = new Metadata();
        // The name is only a hint: Tika's detector trusts the bytes when they say something else (a PDF
        // named .docx is read as PDF), and uses the name where the bytes are ambiguous (a damaged zip).
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        Parsed top;
        try (TemporaryResources temporary = new TemporaryResources();
                TikaInputStream stream = TikaInputStream.get(in, temporary, metadata)) {
            top = parse(stream, metadata, null, null, 0);
        } catch (InterruptedException | InvalidSourceException e) {
            throw e;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new InvalidSourceException(FailureReasons.of(e, format(metadata), limits));
        }
        if (mailbox) {
            return; // its messages are given already; the mailbox itself has no text of its own
        }
        check(metadata, top);
        for (ParsedDocument document : top.documents()) {
            events.document(document);
        }
    }

    /** A document and the documents embedded in it, in that order; {@code hasText} tells of the first. */
    private record Parsed(List<ParsedDocument> documents, boolean hasText) {}

    private Parsed parse(InputStream stream, Metadata metadata, String part, String parent, int depth)
            throws Exception {
        PagedTextHandler text = new PagedTextHandler(limits.maxCharacters());
        List<ParsedDocument> children = new ArrayList<>();
        parser.parse(stream, text, metadata, context(new ChildExtractor(part, depth, metadata, children)));
        NormalizedText normalized = text.result();
        List<ParsedDocument> documents = new ArrayList<>();
        boolean hasText = !normalized.isBlank();
        if (hasText || depth == 0) {
            documents.add(MetadataMapping.document(part, parent, metadata, normalized));
            documents.addAll(children);
        } else {
            // Without text it is not given (an image without words, a folder of a zip): what it holds is given
            // as embedded in its own parent.
            for (ParsedDocument child : children) {
                documents.add(part.equals(child.parent()) ? reparent(child, parent) : child);
            }
        }
        return new Parsed(documents, hasText);
    }

    private ParseContext context(EmbeddedDocumentExtractor children) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(EmbeddedDocumentExtractor.class, children);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocr);
        tesseract.setLanguage(limits.ocrLanguage());
        tesseract.setTimeoutSeconds(limits.ocrTimeoutSeconds());
        context.set(TesseractOCRConfig.class, tesseract);
        return context;
    }

    /** The failures that are the whole source's: no pages, no text where only OCR could have found some. */
    private void check(Metadata metadata, Parsed top) throws InvalidSourceException {
        String type = MetadataMapping.mediaType(metadata);
        if ("application/pdf".equals(type) && "0".equals(metadata.get(PagedText.N_PAGES))) {
            throw new InvalidSourceException("PDF with no pages");
        }
        if (top.hasText() || top.documents().size() > 1 || type == null) {
            return;
        }
        String ocrState = !limits.ocrEnabled() ? "OCR is off (ocr.enabled)"
                : !ocr ? OcrAvailability.unavailableReason(limits.ocrLanguage())
                : null;
        if (type.equals("application/pdf")) {
            throw new InvalidSourceException(ocrState == null ? "PDF without text, even by OCR"
                    : "PDF without a text layer: " + ocrState);
        }
        if (type.startsWith("image/")) {
            throw new InvalidSourceException(ocrState == null ? "no text found by OCR in this image" : ocrState);
        }
    }

    private String format(Metadata metadata) {
        return FormatNames.of(metadata.get(Metadata.CONTENT_TYPE), fileName);
    }

    private static ParsedDocument reparent(ParsedDocument d, String parent) {
        return new ParsedDocument(d.part(), d.title(), d.text(), d.outlet(), d.date(), d.language(), d.url(),
                parent, d.metadata(), d.pages());
    }

    /** A unique part for an embedded file named {@code name} in the document of {@code parentPart}. */
    private String partOf(String parentPart, String name) {
        String base = parentPart == null || parentPart.isEmpty() ? name : parentPart + "/" + name;
        String part = base;
        for (int n = 2; !parts.add(part); n++) {
            part = base + "~" + n;
        }
        return part;
    }

    /** Parses each file embedded in one document as a document of its own, within the limits. */
    private final class ChildExtractor implements EmbeddedDocumentExtractor {
        private final String part;
        private final int depth;
        /** The metadata of the document the files are embedded in: Tika has set its type before parsing it. */
        private final Metadata ownerMetadata;
        private final List<ParsedDocument> children;

        ChildExtractor(String part, int depth, Metadata ownerMetadata, List<ParsedDocument> children) {
            this.part = part;
            this.depth = depth;
            this.ownerMetadata = ownerMetadata;
            this.children = children;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return true; // the limits are applied in parseEmbedded, where what is left out can be reported
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler ignored, Metadata metadata, boolean outputHtml)
                throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted");
            }
            if (depth == 0 && MAILBOX.equals(MetadataMapping.mediaType(ownerMetadata))) {
                mailbox = true;
            }
            boolean message = mailbox && depth == 0;
            String name = name(metadata);
            String childPart = message ? Integer.toString(++messages) : partOf(part == null ? "" : part, name);
            String parent = message ? null : part == null ? "" : part;
            if (!message && !withinLimits(childPart)) {
                return;
            }
            try (TemporaryResources temporary = new TemporaryResources()) {
                TikaInputStream child = TikaInputStream.get(CloseShieldInputStream.wrap(stream), temporary,
                        metadata);
                Parsed parsed = parse(child, metadata, childPart, parent, depth + 1);
                if (message) {
                    for (ParsedDocument document : parsed.documents()) {
                        if (document.text().isBlank()) {
                            continue;
                        }
                        events.document(document);
                    }
                } else {
                    children.addAll(parsed.documents());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            } catch (Exception | StackOverflowError e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("interrupted");
                }
                report(childPart, FailureReasons.of(e, FormatNames.of(metadata.get(Metadata.CONTENT_TYPE), name),
                        limits));
            }
        }

        private boolean withinLimits(String childPart) throws IOException {
            int childDepth = mailbox ? depth : depth + 1;
            if (childDepth > limits.maxEmbeddedDepth()) {
                if (!depthReported) {
                    depthReported = true;
                    report(childPart, "embedded deeper than " + limits.maxEmbeddedDepth()
                            + " levels: left out (max.embedded.depth)");
                }
                return false;
            }
            if (++embedded > limits.maxEmbeddedCount()) {
                if (!countReported) {
                    countReported = true;
                    report(childPart, "more than " + limits.maxEmbeddedCount()
                            + " embedded files: the rest left out (max.embedded.count)");
                }
                return false;
            }
            return true;
        }

        private void report(String childPart, String reason) throws IOException {
            try {
                events.problem(childPart, reason);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
        }

        /** The embedded file's name, as its container gives it, without a leading slash. */
        private String name(Metadata metadata) {
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            if (name == null || name.isBlank()) {
                name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
            }
            if (name == null || name.isBlank()) {
                return "embedded-" + (embedded + 1);
            }
            name = name.strip().replace('\\', '/');
            while (name.startsWith("/")) {
                name = name.substring(1);
            }
            return name.isEmpty() ? "embedded-" + (embedded + 1) : name;
        }
    }
}
