package org.atelier.claims.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentListener;
import org.osgi.service.component.annotations.Component;

/**
 * The store's changes, passed on to the claim service. A component of its own, without references: the store
 * binds its listeners while it activates and the claim service needs the store, so a claim service that listened
 * itself would make a cycle of references, which Declarative Services resolves only some of the time. Changes
 * told while no service is attached are kept and handed to the next one; past {@link #MAX_KEPT}, they are dropped,
 * and the service's own reconciliation with the store at start catches up.
 */
@Component(service = {DocumentListener.class, ClaimDocumentEvents.class})
public class ClaimDocumentEvents implements DocumentListener {
    static final int MAX_KEPT = 100_000;

    private final List<Consumer<DocumentListener>> kept = new ArrayList<>();
    private DocumentListener target;

    @Override
    public void added(DocumentInfo document) {
        tell(listener -> listener.added(document));
    }

    @Override
    public void removed(DocumentInfo document) {
        tell(listener -> listener.removed(document));
    }

    @Override
    public void replaced(DocumentInfo previous, DocumentInfo current) {
        tell(listener -> listener.replaced(previous, current));
    }

    private synchronized void tell(Consumer<DocumentListener> change) {
        if (target != null) {
            change.accept(target);
        } else if (kept.size() < MAX_KEPT) {
            kept.add(change);
        }
    }

    /** From now on, changes go to {@code listener}; the ones kept meanwhile go first. */
    synchronized void attach(DocumentListener listener) {
        kept.forEach(change -> change.accept(listener));
        kept.clear();
        target = listener;
    }

    synchronized void detach(DocumentListener listener) {
        if (target == listener) {
            target = null;
        }
    }
}
