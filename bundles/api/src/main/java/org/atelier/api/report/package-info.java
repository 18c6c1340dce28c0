/**
 * Reports: the claims of the workspace, as analysts hand them over. A {@link org.atelier.api.report.ReportService}
 * builds the {@link org.atelier.api.report.Report} model of a {@link org.atelier.api.report.ReportScope} from the
 * claims and the documents; a {@link org.atelier.api.report.ReportExporter} writes it in one format, and is the
 * extension point a plugin implements to add a format.
 *
 * <p>Positions in documents count Unicode code points of the stored (NFC) text, as in
 * {@link org.atelier.api.claims}.
 */
@Export
@Version("1.1.0")
package org.atelier.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
