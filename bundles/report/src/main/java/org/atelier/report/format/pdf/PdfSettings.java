package org.atelier.report.format.pdf;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The fonts of the PDF export, from {@code conf/org.atelier.report.pdf.cfg}. */
@ObjectClassDefinition(name = "Atelier PDF export",
        description = "Fonts for the characters the built-in Liberation Sans does not have.")
public @interface PdfSettings {
    String PID = "org.atelier.report.pdf";

    @AttributeDefinition(name = "Fallback fonts", required = false,
            description = "TrueType or OpenType (glyf) font files tried in order for each character Liberation Sans "
                    + "lacks (Arabic, emoji, symbols); files that are not there are skipped")
    String[] fallbackFonts() default {
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf",
        "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
        "/Library/Fonts/Arial Unicode.ttf",
        "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
        "C:/Windows/Fonts/seguisym.ttf",
        "C:/Windows/Fonts/seguiemj.ttf"};
}
