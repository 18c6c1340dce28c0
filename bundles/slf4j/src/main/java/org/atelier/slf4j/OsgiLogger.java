package org.atelier.slf4j;

import org.osgi.service.log.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * An SLF4J logger writing to the OSGi Log Service under its own name. Debug and trace are off: libraries are
 * verbose there, and the workspace log is for what an analyst or a developer acts on.
 */
final class OsgiLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    OsgiLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public boolean isInfoEnabled() {
        return LogServiceBinding.current() != null;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        org.osgi.service.log.LoggerFactory factory = LogServiceBinding.current();
        Logger logger = factory == null ? null : factory.getLogger(name);
        if (logger == null) {
            // Before the Log Service runs (or after it left) only problems are worth a line, on stderr.
            if (level.toInt() >= Level.WARN.toInt()) {
                System.err.println("atelier: " + name + ": " + message);
            }
            return;
        }
        switch (level) {
            case ERROR -> logger.error(message, throwable);
            case WARN -> logger.warn(message, throwable);
            case INFO -> logger.info(message, throwable);
            default -> logger.debug(message, throwable);
        }
    }
}
