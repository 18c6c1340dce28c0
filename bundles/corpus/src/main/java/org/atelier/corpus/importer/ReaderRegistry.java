package org.atelier.corpus.importer;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atelier.api.corpus.DocumentReader;
import org.osgi.framework.Constants;

/**
 * The {@link DocumentReader} services and the extensions each declares. When two read the same extension, the
 * higher service ranking wins, then the one registered first, as OSGi orders services.
 */
final class ReaderRegistry {
    private record Registration(DocumentReader reader, Set<String> extensions, int ranking, long serviceId) {}

    private static final Comparator<Registration> PREFERRED = Comparator
            .comparingInt(Registration::ranking).reversed()
            .thenComparingLong(Registration::serviceId);

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    void add(DocumentReader reader, Map<String, ?> properties) {
        registrations.add(new Registration(reader, extensions(properties.get(DocumentReader.EXTENSIONS)),
                properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0,
                properties.get(Constants.SERVICE_ID) instanceof Long id ? id : Long.MAX_VALUE));
    }

    void remove(DocumentReader reader) {
        registrations.removeIf(registration -> registration.reader() == reader);
    }

    /** The reader of each extension, as things stand: an import uses one view from start to end. */
    Map<String, DocumentReader> snapshot() {
        Map<String, DocumentReader> readers = new HashMap<>();
        registrations.stream().sorted(PREFERRED).forEach(registration ->
                registration.extensions().forEach(extension -> readers.putIfAbsent(extension, registration.reader())));
        return readers;
    }

    /** The property as a set: a string (commas allowed), an array or a collection of strings; dots dropped. */
    static Set<String> extensions(Object property) {
        Set<String> extensions = new LinkedHashSet<>();
        Collection<?> values = property instanceof String s ? Arrays.asList(s.split(","))
                : property instanceof String[] array ? Arrays.asList(array)
                : property instanceof Collection<?> collection ? collection
                : List.of();
        for (Object value : values) {
            String extension = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
            if (extension.startsWith(".")) {
                extension = extension.substring(1);
            }
            if (!extension.isEmpty()) {
                extensions.add(extension);
            }
        }
        return extensions;
    }
}
