package org.atelier.search.lucene;

import java.util.ArrayList;
import java.util.List;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentListener;
import org.osgi.service.component.annotations.Component;

/**
 * The store's changes, passed on to the index. A component of its own, without references: the store binds its
 * listeners and the search service needs the store, so a search service that listened itself would make a
 * cycle of references, which Declarative Services resolves only some of the time. Changes told while no index is
 * attached are kept and handed to the next one, and the first of them asks for one ({@link #whenDetached}).
 */
@Component(service = {DocumentListener.class, DocumentEvents.class})
public class DocumentEvents implements DocumentListener {
    /** Changes kept while no index is attached; past this many, the next index compares itself with the store. */
    static final int MAX_KEPT = 100_000;

    private final List<Change> kept = new ArrayList<>();
    private boolean overflowed;
    private SearchIndex index;
    /** Asked for an index when a change comes and none is attached; {@code null} when nobody asks. */
    private Runnable demand;

    private record Change(String id, boolean added) {}

    @Override
    public void added(DocumentInfo document) {
        tell(new Change(document.id(), true));
    }

    @Override
    public void removed(DocumentInfo document) {
        tell(new Change(document.id(), false));
    }

    private void tell(Change change) {
        Runnable asked;
        synchronized (this) {
            if (index != null) {
                apply(index, change);
                return;
            }
            if (kept.size() < MAX_KEPT) {
                kept.add(change);
            } else {
                overflowed = true;
            }
            asked = demand;
            demand = null;
        }
        if (asked != null) {
            asked.run();
        }
    }

    /**
     * Runs {@code opener}, once, at the next change told while no index is attached: a runtime that opens its
     * index only when needed still indexes what its command stores.
     */
    void whenDetached(Runnable opener) {
        synchronized (this) {
            if (index == null && kept.isEmpty() && !overflowed) {
                demand = opener;
                return;
            }
            if (index != null) {
                return;
            }
        }
        opener.run();
    }

    /** From now on, changes go to {@code target}; the ones kept meanwhile go first. */
    synchronized void attach(SearchIndex target) {
        if (overflowed) {
            target.synchronizeWithStore();
        } else {
            kept.forEach(change -> apply(target, change));
        }
        kept.clear();
        overflowed = false;
        index = target;
    }

    synchronized void detach(SearchIndex target) {
        if (index == target) {
            index = null;
        }
    }

    private static void apply(SearchIndex index, Change change) {
        if (change.added()) {
            index.added(change.id());
        } else {
            index.removed(change.id());
        }
    }
}
