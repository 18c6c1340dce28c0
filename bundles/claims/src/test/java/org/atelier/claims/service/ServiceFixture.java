package org.atelier.claims.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.atelier.api.claims.ClaimSuggester;
import org.atelier.claims.MemoryStore;
import org.atelier.claims.NoLog;
import org.atelier.claims.TestWorkspace;
import org.atelier.claims.french.FrenchClaimSuggester;

/** A claim service on a temporary workspace and a document store in memory, as the framework would wire it. */
final class ServiceFixture {
    private ServiceFixture() {}

    static WorkspaceClaimService open(Path root, MemoryStore store) throws IOException {
        return open(root, store, 1000);
    }

    static WorkspaceClaimService open(Path root, MemoryStore store, int snapshotEvery) throws IOException {
        WorkspaceClaimService service = new WorkspaceClaimService(new TestWorkspace(root), store, NoLog.logger(),
                snapshotEvery, "ana", Clock.systemUTC());
        service.addSuggester(new FrenchClaimSuggester(), Map.of(ClaimSuggester.NAME, FrenchClaimSuggester.NAME));
        store.listen(service);
        return service;
    }
}
