package org.atelier.example.outlets;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves this bundle's {@code web/} folder, the view's ES module, through the HTTP Whiteboard. */
@Component(service = OutletsViewModule.class)
@HttpWhiteboardResource(pattern = OutletsViewModule.PATH + "/*", prefix = "/web")
public final class OutletsViewModule {
    static final String PATH = "/plugins/example.outlets";
}
