package org.atelier.web.events;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.web.api.ApiServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code GET /api/events}: a {@code text/event-stream} held open asynchronously, fed by the {@link EventHub}. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/events")
@HttpWhiteboardServletAsyncSupported
public final class EventsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient EventHub hub;

    @Activate
    public EventsServlet(@Reference EventHub hub, @Reference(service = LoggerFactory.class) Logger log) {
        super(log);
        this.hub = hub;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/event-stream;charset=UTF-8");
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // open until the client leaves or the hub closes
        Stream stream = new Stream(async, response.getWriter());
        async.addListener(stream);
        hub.subscribe(stream);
        // The first frame commits the headers: the client knows it is subscribed once it has them.
        if (!stream.send("retry: 3000\n\n")) {
            hub.unsubscribe(stream);
        }
    }

    /** One client's stream; removed from the hub however it ends. */
    private final class Stream implements EventSink, AsyncListener {
        private final AsyncContext async;
        private final PrintWriter out;
        private boolean closed;

        Stream(AsyncContext async, PrintWriter out) {
            this.async = async;
            this.out = out;
        }

        @Override
        public synchronized boolean send(String frame) {
            if (closed) {
                return false;
            }
            out.write(frame);
            out.flush();
            return !out.checkError(); // a PrintWriter reports a gone client here, not by throwing
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                async.complete();
            } catch (IllegalStateException e) {
                // completed already by the container (the client left)
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            ended();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            ended();
        }

        @Override
        public void onError(AsyncEvent event) {
            ended();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }

        private void ended() {
            hub.unsubscribe(this);
            synchronized (this) {
                closed = true;
            }
        }
    }
}
