package org.atelier.web.api;

import java.util.List;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimLink;
import org.atelier.web.events.EventHub;

/** The {@code claims} events of changes made through the API. */
final class ClaimEvents {
    /** The data of a {@code claims} event. */
    record Change(List<String> changed, List<String> removed) {}

    private ClaimEvents() {}

    static void changed(EventHub hub, String... ids) {
        hub.publish("claims", new Change(List.of(ids), List.of()));
    }

    /** A removed claim, and the claims it was linked to: they lost their link to it. */
    static void removed(EventHub hub, Claim claim) {
        hub.publish("claims", new Change(claim.links().stream().map(ClaimLink::target).distinct().toList(),
                List.of(claim.id())));
    }
}
