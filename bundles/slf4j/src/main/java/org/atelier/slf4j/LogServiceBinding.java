package org.atelier.slf4j;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.LoggerFactory;

/**
 * Hands the OSGi Log Service to SLF4J's loggers, which SLF4J creates statically, outside any component: the one
 * piece of static state this bundle keeps, following the service as it comes and goes.
 */
@Component(immediate = true)
public final class LogServiceBinding {
    private static volatile LoggerFactory current;

    static LoggerFactory current() {
        return current;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bind(LoggerFactory factory) {
        current = factory;
    }

    void unbind(LoggerFactory factory) {
        if (current == factory) {
            current = null;
        }
    }
}
