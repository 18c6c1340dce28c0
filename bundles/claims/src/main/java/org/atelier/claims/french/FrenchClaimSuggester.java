package org.atelier.claims.french;

import java.util.List;

import org.atelier.api.claims.ClaimSuggester;
import org.atelier.api.claims.SuggestedClaim;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.corpus.Document;
import org.osgi.service.component.annotations.Component;

/** The built-in claim suggester: {@link FrenchClaimRules}, for documents in French or of unknown language. */
@Component(property = ClaimSuggester.NAME + "=" + FrenchClaimSuggester.NAME)
public class FrenchClaimSuggester implements ClaimSuggester {
    public static final String NAME = "french-rules";

    @Override
    public List<SuggestedClaim> suggest(Document document) {
        String language = document.info().language();
        if (language != null && !language.equals("fr") && !language.equals("und")) {
            return List.of();
        }
        String text = document.text();
        return FrenchClaimRules.suggest(text).stream()
                .map(p -> new SuggestedClaim(TextPositionSelector.ofUtf16(text, p.start(), p.end()), p.claimant(),
                        p.subject(), p.figures(), p.hedged(), p.confidence(), p.reasons()))
                .toList();
    }
}
