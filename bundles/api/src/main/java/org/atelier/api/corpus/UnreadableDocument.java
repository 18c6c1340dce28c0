package org.atelier.api.corpus;

/**
 * A document the store holds but cannot read back.
 *
 * @param id     its id
 * @param path   its source path, or {@code null} when that is lost too
 * @param reason why, in one line
 */
public record UnreadableDocument(String id, String path, String reason) {}
