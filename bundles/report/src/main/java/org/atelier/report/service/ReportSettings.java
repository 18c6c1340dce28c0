package org.atelier.report.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of reports, from {@code conf/org.atelier.report.cfg}. */
@ObjectClassDefinition(name = "Atelier reports", description = "What every exported report says of itself.")
public @interface ReportSettings {
    String PID = "org.atelier.report";

    @AttributeDefinition(name = "Title", description = "The title of the reports")
    String title() default "Claims report";
}
