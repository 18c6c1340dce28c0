package org.atelier.report.format.claimreview;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Who publishes the fact checks, from {@code conf/org.atelier.report.claimreview.cfg}. */
@ObjectClassDefinition(name = "Atelier ClaimReview export",
        description = "The publisher of the fact checks, and where they are published.")
public @interface ClaimReviewSettings {
    String PID = "org.atelier.report.claimreview";

    @AttributeDefinition(name = "Organisation", required = false,
            description = "The organisation that publishes the reviews (their author); when empty, the person who "
                    + "recorded each claim")
    String organisation() default "";

    @AttributeDefinition(name = "Review URL", required = false,
            description = "The address of each review, with {id} for the claim's id "
                    + "(https://example.org/fact-checks/{id}); when empty, urn:atelier:claim:{id}")
    String url() default "";
}
