package org.atelier.tika;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.api.corpus.SourceFile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The formats Apache Tika reads: PDF's text layer, Word, OpenDocument, RTF, presentations, spreadsheets, EPUB,
 * e-mail (a mailbox's messages one by one) and images through OCR. Each embedded file (an attachment, a file in
 * a document) is a document of its own, linked to its parent.
 *
 * <p>The component refers to no Tika type: registering it loads no Tika class, and the workbench starts as fast
 * as without it. Tika is set up on the first file that needs it ({@link LazyTika}), on the worker thread, which
 * costs a second or two once.
 */
@Component(configurationPid = TikaReaderConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {
            DocumentReader.EXTENSIONS + "=pdf",
            DocumentReader.EXTENSIONS + "=docx", DocumentReader.EXTENSIONS + "=doc",
            DocumentReader.EXTENSIONS + "=odt", DocumentReader.EXTENSIONS + "=rtf",
            DocumentReader.EXTENSIONS + "=pptx", DocumentReader.EXTENSIONS + "=ppt",
            DocumentReader.EXTENSIONS + "=odp",
            DocumentReader.EXTENSIONS + "=xlsx", DocumentReader.EXTENSIONS + "=xls",
            DocumentReader.EXTENSIONS + "=ods",
            DocumentReader.EXTENSIONS + "=epub",
            DocumentReader.EXTENSIONS + "=eml", DocumentReader.EXTENSIONS + "=mbox",
            DocumentReader.EXTENSIONS + "=msg",
            DocumentReader.EXTENSIONS + "=png", DocumentReader.EXTENSIONS + "=jpg",
            DocumentReader.EXTENSIONS + "=jpeg", DocumentReader.EXTENSIONS + "=tif",
            DocumentReader.EXTENSIONS + "=tiff"
        })
@Designate(ocd = TikaReaderConfiguration.class)
public class TikaDocumentReader implements DocumentReader {
    private final ParseWorker worker = new ParseWorker(TikaDocumentReader.class.getClassLoader());
    private final OcrAvailability ocr = new OcrAvailability();
    private volatile ReadingLimits limits;
    private final LazyTika tika = new LazyTika(TikaDocumentReader.class.getClassLoader());

    @Activate
    public TikaDocumentReader(TikaReaderConfiguration configuration) {
        this(ReadingLimits.of(configuration));
    }

    TikaDocumentReader(ReadingLimits limits) {
        this.limits = limits;
    }

    @Modified
    void modified(TikaReaderConfiguration configuration) {
        limits = ReadingLimits.of(configuration);
    }

    @Deactivate
    void deactivate() {
        worker.close();
    }

    @Override
    public List<ParsedDocument> read(SourceFile source) throws IOException {
        List<ParsedDocument> documents = new ArrayList<>();
        read(source, documents::add);
        return documents;
    }

    @Override
    public void read(SourceFile source, Consumer<ParsedDocument> documents) throws IOException {
        ReadingLimits current = limits;
        worker.run(source, current.parseTimeoutSeconds(), events -> {
            boolean ocrRuns = current.ocrEnabled() && ocr.available(current.ocrLanguage());
            tika.extract(source, current, ocrRuns, events);
        }, documents);
    }
}
