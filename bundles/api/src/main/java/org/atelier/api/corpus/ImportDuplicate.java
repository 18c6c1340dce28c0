package org.atelier.api.corpus;

/**
 * A source whose content was already stored from another path: it is not a document of its own, but one more path
 * of the stored one ({@link DocumentInfo#duplicates()}).
 *
 * @param source   the file as the user named it, or the part of it ({@code tip.eml!/offre.pdf})
 * @param document the stored document, its {@code duplicates} now holding the path of {@code source}
 * @since 1.2
 */
public record ImportDuplicate(String source, DocumentInfo document) {}
