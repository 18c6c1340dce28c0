package org.atelier.report.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that someone else owns (stdout, an exporter's caller): a writer closing it flushes it and leaves it
 * open.
 */
public final class KeepOpen extends FilterOutputStream {
    public KeepOpen(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
