package org.atelier.claims.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.claims.text.FoldedText.Mode;
import org.junit.jupiter.api.Test;

class FoldedTextTest {
    @Test
    void plainApostrophesQuotesAndSpacesFindTypographicOnes() {
        String text = "l’achat de « puces »  Nvidia\u00a0H20";
        List<int[]> found = FoldedText.of(text, Mode.TYPOGRAPHIC).find("l'achat de \"puces\" Nvidia H20", Mode.TYPOGRAPHIC);
        assertThat(found).hasSize(1);
        assertThat(text.substring(found.get(0)[0], found.get(0)[1])).isEqualTo(text);
    }

    @Test
    void typographicFoldingKeepsCaseAndAccents() {
        FoldedText text = FoldedText.of("Les États-Unis", Mode.TYPOGRAPHIC);
        assertThat(text.contains("États-Unis", Mode.TYPOGRAPHIC)).isTrue();
        assertThat(text.contains("etats-unis", Mode.TYPOGRAPHIC)).isFalse();
    }

    @Test
    void looseFoldingIgnoresCaseAndAccents() {
        FoldedText text = FoldedText.of("Les États-Unis et l’œuvre", Mode.LOOSE);
        assertThat(text.contains("ETATS-unis", Mode.LOOSE)).isTrue();
        assertThat(text.contains("l'oeuvre", Mode.LOOSE)).isTrue();
    }

    @Test
    void spansStayRightAfterCharactersBeyondTheBasicPlane() {
        String text = "🚀𝄞 puis « la fusée » 😀";
        List<int[]> found = FoldedText.of(text, Mode.TYPOGRAPHIC).find("\"la fusée\"", Mode.TYPOGRAPHIC);
        assertThat(text.substring(found.get(0)[0], found.get(0)[1])).isEqualTo("« la fusée »");
    }
}
