package org.atelier.corpus.readers;

import java.io.IOException;
import java.util.List;

import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.api.corpus.SourceFile;
import org.osgi.service.component.annotations.Component;

/** Plain text: the whole file is one document; title, date and outlet come from its lines. */
@Component(property = DocumentReader.EXTENSIONS + "=txt")
public class PlainTextReader implements DocumentReader {
    @Override
    public List<ParsedDocument> read(SourceFile source) throws IOException {
        return List.of(ParsedDocument.ofText(source.text()));
    }
}
