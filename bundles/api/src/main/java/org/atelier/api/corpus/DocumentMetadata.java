package org.atelier.api.corpus;

/**
 * The metadata keys Atelier knows, as {@link ParsedDocument#metadata()} and {@link DocumentInfo#metadata()} hold
 * them; search makes each a field of the same name ({@code author:dupont}).
 *
 * @since 1.2
 */
public final class DocumentMetadata {
    /** Who wrote the document. */
    public static final String AUTHOR = "author";
    /** When the file was created, ISO-8601. */
    public static final String CREATED = "created";
    /** When the file was last changed, ISO-8601. */
    public static final String MODIFIED = "modified";
    /** The media type the content was detected as ({@code application/pdf}). */
    public static final String CONTENT_TYPE = "type";
    /** An e-mail's sender, as {@code Name <address>}. */
    public static final String FROM = "from";
    /** An e-mail's recipients, one value each. */
    public static final String TO = "to";
    /** An e-mail's copied recipients, one value each. */
    public static final String CC = "cc";
    /** An e-mail's subject. */
    public static final String SUBJECT = "subject";
    /** Keywords the file was tagged with. */
    public static final String KEYWORDS = "keywords";
    /** How the text was obtained when it was not read from a text layer: {@code ocr}. */
    public static final String EXTRACTION = "extraction";

    private DocumentMetadata() {}
}
