package org.atelier.web.events;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.atelier.web.json.WebJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The server-sent events of {@code /api/events}: every open stream receives every event, and a comment every
 * {@value #HEARTBEAT_SECONDS} s so that no proxy or idle timeout closes a quiet stream. Events are written by one
 * thread of the hub's own, in the order published, so that a bundle publishing from a service callback never
 * waits on a slow client.
 */
@Component(service = EventHub.class)
public final class EventHub {
    static final long HEARTBEAT_SECONDS = 15;
    static final String HEARTBEAT = ": keep-alive\n\n";

    private final Set<EventSink> sinks = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService writer;
    private final Logger log;

    @Activate
    public EventHub(@Reference(service = LoggerFactory.class) Logger log) {
        this(log, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    EventHub(Logger log, long heartbeat, TimeUnit unit) {
        this.log = log;
        this.writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "atelier-web-events");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleAtFixedRate(() -> deliver(HEARTBEAT), heartbeat, heartbeat, unit);
    }

    @Deactivate
    void close() {
        writer.shutdownNow();
        sinks.forEach(EventSink::close);
        sinks.clear();
    }

    /** Publishes an event to every open stream: {@code data} is written as one line of JSON. */
    public void publish(String event, Object data) {
        if (sinks.isEmpty()) {
            return; // nobody listens (at start, every contribution announces itself): nothing to write
        }
        String json;
        try {
            json = WebJson.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            log.error("event {} could not be written as JSON", event, e);
            return;
        }
        String frame = "event: " + event + "\ndata: " + json + "\n\n";
        try {
            writer.execute(() -> deliver(frame));
        } catch (RejectedExecutionException e) {
            // the hub is closing: its streams are ending too
        }
    }

    void subscribe(EventSink sink) {
        sinks.add(sink);
    }

    void unsubscribe(EventSink sink) {
        sinks.remove(sink);
    }

    int subscribers() {
        return sinks.size();
    }

    private void deliver(String frame) {
        for (EventSink sink : sinks) {
            if (!sink.send(frame)) {
                sinks.remove(sink);
                sink.close();
            }
        }
    }
}
