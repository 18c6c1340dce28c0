package org.atelier.api.claims;

import java.util.List;

/**
 * Where an accepted claim came from: the suggestion, and why it was suggested.
 *
 * @param suggestion the id of the suggestion accepted
 * @param suggester  the name of the suggester that made it
 * @param confidence its confidence, from 0 to 1
 * @param reasons    why it was suggested, in words
 */
public record Origin(String suggestion, String suggester, double confidence, List<String> reasons) {
    public Origin {
        reasons = List.copyOf(reasons);
    }
}
