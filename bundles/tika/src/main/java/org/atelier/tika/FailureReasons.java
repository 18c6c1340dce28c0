package org.atelier.tika;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;

/** One short line for a user, from what a parser threw: never a stack trace. */
final class FailureReasons {
    private FailureReasons() {}

    static String of(Throwable failure, String format, ReadingLimits limits) {
        if (find(failure, PagedTextHandler.TooLongException.class) != null) {
            return "text longer than the limit of " + limits.maxCharacters() + " characters (max.characters)";
        }
        if (find(failure, EncryptedDocumentException.class) != null) {
            return "encrypted " + format + ": no password";
        }
        if (find(failure, ZeroByteFileException.class) != null) {
            return "empty file";
        }
        if (find(failure, InterruptedException.class) != null || find(failure, InterruptedIOException.class) != null
                || find(failure, ClosedByInterruptException.class) != null) {
            return "interrupted";
        }
        if (failure instanceof OutOfMemoryError) {
            return format + " file too large to read in memory";
        }
        return "truncated or damaged " + format + " file";
    }

    /** The first throwable of type {@code type} in the causes of {@code failure}, or {@code null}. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
