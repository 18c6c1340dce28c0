package org.atelier.workbench;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The workbench page and its scripts and styles, served from this bundle's {@code static/} folder. */
@Component(service = WorkbenchPage.class, immediate = true)
@HttpWhiteboardResource(pattern = {"/workbench/*"}, prefix = "/static")
public final class WorkbenchPage {}
