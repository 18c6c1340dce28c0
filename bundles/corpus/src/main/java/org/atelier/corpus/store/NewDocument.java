package org.atelier.corpus.store;

/**
 * A document as the importer made it, before the store gives it its import time and its place among the
 * versions of its source.
 */
public record NewDocument(String id, String title, String path, String language, long bytes, String outlet,
        String date, String url, String text) {}
