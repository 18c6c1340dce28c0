package org.atelier.web.events;

import java.util.List;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tells open pages of every change to the store, whoever made it (the page, the command line, a plugin). */
@Component(service = DocumentListener.class)
public final class DocumentEvents implements DocumentListener {
    /** The data of a {@code documents} event. */
    public record Change(List<String> added, List<String> removed) {}

    private final EventHub hub;

    @Activate
    public DocumentEvents(@Reference EventHub hub) {
        this.hub = hub;
    }

    @Override
    public void added(DocumentInfo document) {
        hub.publish("documents", new Change(List.of(document.id()), List.of()));
    }

    @Override
    public void removed(DocumentInfo document) {
        hub.publish("documents", new Change(List.of(), List.of(document.id())));
    }

    @Override
    public void replaced(DocumentInfo previous, DocumentInfo current) {
        hub.publish("documents", new Change(List.of(current.id()), List.of(previous.id())));
    }
}
