package org.atelier.search.lucene;

import java.io.IOException;
import java.util.function.Consumer;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.FixedBitSet;

/**
 * The ids of the documents in the index at one moment, and which of them a walk of the store has seen. Held as
 * bytes in one of Lucene's pools, some 30 bytes an id: a million documents take tens of megabytes, not the
 * hundreds a set of strings would.
 */
final class IndexedIds {
    private final BytesRefHash ids = new BytesRefHash();
    private FixedBitSet seen = new FixedBitSet(0);

    private IndexedIds() {}

    /** The ids of the live documents of {@code reader}. */
    static IndexedIds of(IndexReader reader) throws IOException {
        IndexedIds indexed = new IndexedIds();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), IndexSchema.ID);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    indexed.ids.add(values.lookupOrd(values.nextOrd()));
                }
            }
        }
        indexed.seen = new FixedBitSet(Math.max(1, indexed.ids.size()));
        return indexed;
    }

    boolean isEmpty() {
        return ids.size() == 0;
    }

    /** Marks {@code id} seen in the store; {@code false} when the index did not hold it. */
    boolean markSeen(String id) {
        int ord = ids.find(new BytesRef(id));
        if (ord < 0) {
            return false;
        }
        seen.set(ord);
        return true;
    }

    /** Every id of the index not seen in the store. */
    void forEachUnseen(Consumer<String> action) {
        BytesRef scratch = new BytesRef();
        for (int ord = 0; ord < ids.size(); ord++) {
            if (!seen.get(ord)) {
                action.accept(ids.get(ord, scratch).utf8ToString());
            }
        }
    }
}
