package org.atelier.api.corpus;

import java.time.Instant;

/**
 * What is known of a stored document, without its text.
 *
 * @param id         stable id derived from the document's content: the same text always has the same id
 * @param title      the HTML title, the JSON title field, or the first line of the text
 * @param path       the source path relative to what was imported ({@code dir/a.html}, {@code feed.jsonl#3},
 *                   {@code archive.zip!/b.txt})
 * @param language   ISO 639-1 code ({@code fr}) or {@code und} when undetermined
 * @param bytes      size of the source in bytes
 * @param outlet     the publication the text comes from, or {@code null} when unknown
 * @param date       publication date as ISO-8601 ({@code 2025-01-02}), or {@code null} when unknown
 * @param imported   when this version was stored
 * @param url        the original address, or {@code null}
 * @param supersedes id of the earlier version of the same source, or {@code null}
 */
public record DocumentInfo(
        String id,
        String title,
        String path,
        String language,
        long bytes,
        String outlet,
        String date,
        Instant imported,
        String url,
        String supersedes) {}
