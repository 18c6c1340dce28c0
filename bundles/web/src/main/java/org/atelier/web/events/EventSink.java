package org.atelier.web.events;

/** One open event stream, as the hub writes to it. */
interface EventSink {
    /** Writes a frame of the stream; {@code false} when the client is gone. */
    boolean send(String frame);

    /** Ends the stream. */
    void close();
}
