package org.atelier.api.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.atelier.api.claims.ClaimStatus;

/**
 * The numbers at the head of a report.
 *
 * @param documents           the documents of the corpus
 * @param documentsWithClaims the documents the report's claims are anchored in
 * @param claims              the claims in the report
 * @param statuses            the claims in the report by status, every status present, in the order of
 *                            {@link ClaimStatus}
 * @param hedged              the claims in the report whose wording is hedged
 * @param orphaned            the claims in the report whose text is gone from their document
 */
public record CorpusSummary(
        int documents,
        int documentsWithClaims,
        int claims,
        Map<ClaimStatus, Integer> statuses,
        int hedged,
        int orphaned) {

    public CorpusSummary {
        Map<ClaimStatus, Integer> all = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            all.put(status, statuses == null ? 0 : statuses.getOrDefault(status, 0));
        }
        statuses = Collections.unmodifiableMap(all);
    }
}
