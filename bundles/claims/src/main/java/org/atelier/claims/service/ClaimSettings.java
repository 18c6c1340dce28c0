package org.atelier.claims.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The claim store's settings, under the PID {@value WorkspaceClaimService#PID}. */
@ObjectClassDefinition(name = "Atelier claims",
        description = "The claim store: how often its journal is folded into a snapshot, and who records claims.")
public @interface ClaimSettings {
    @AttributeDefinition(name = "Changes per snapshot",
            description = "The journal of changes is written into a new snapshot of all claims, and emptied, "
                    + "after this many changes.")
    int snapshotEvery() default 1000;

    @AttributeDefinition(name = "Author",
            description = "Who records claims and notes when a command does not say; empty for the user running "
                    + "Atelier.")
    String author() default "";
}
