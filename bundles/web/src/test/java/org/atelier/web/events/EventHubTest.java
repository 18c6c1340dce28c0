package org.atelier.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;

class EventHubTest {
    private final EventHub hub = new EventHub(silentLogger(), 50, TimeUnit.MILLISECONDS);

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void everyStreamReceivesEachEventAsOneLineOfJson() throws InterruptedException {
        RecordingSink first = new RecordingSink(true);
        RecordingSink second = new RecordingSink(true);
        hub.subscribe(first);
        hub.subscribe(second);
        hub.publish("documents", new DocumentEvents.Change(List.of("a1"), List.of()));
        for (RecordingSink sink : List.of(first, second)) {
            assertThat(sink.next(event -> event.startsWith("event:")))
                    .isEqualTo("event: documents\ndata: {\"added\":[\"a1\"],\"removed\":[]}\n\n");
        }
    }

    @Test
    void quietStreamsReceiveHeartbeats() throws InterruptedException {
        RecordingSink sink = new RecordingSink(true);
        hub.subscribe(sink);
        assertThat(sink.next(frame -> true)).isEqualTo(EventHub.HEARTBEAT);
    }

    @Test
    void aClientThatLeftIsDroppedAndItsStreamEnded() throws InterruptedException {
        RecordingSink gone = new RecordingSink(false);
        hub.subscribe(gone);
        hub.publish("claims", "x");
        assertThat(gone.closed.poll(5, TimeUnit.SECONDS)).isTrue();
        assertThat(hub.subscribers()).isZero();
    }

    @Test
    void closingTheHubEndsEveryStream() throws InterruptedException {
        RecordingSink sink = new RecordingSink(true);
        hub.subscribe(sink);
        hub.close();
        assertThat(sink.closed.poll(5, TimeUnit.SECONDS)).isTrue();
    }

    private static final class RecordingSink implements EventSink {
        final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        final BlockingQueue<Boolean> closed = new LinkedBlockingQueue<>();
        private final boolean open;

        RecordingSink(boolean open) {
            this.open = open;
        }

        @Override
        public boolean send(String frame) {
            frames.add(frame);
            return open;
        }

        @Override
        public void close() {
            closed.add(true);
        }

        String next(java.util.function.Predicate<String> wanted) throws InterruptedException {
            while (true) {
                String frame = frames.poll(5, TimeUnit.SECONDS);
                if (frame == null || wanted.test(frame)) {
                    return frame;
                }
            }
        }
    }

    static Logger silentLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false
                        : method.getReturnType() == String.class ? "silent" : null);
    }
}
