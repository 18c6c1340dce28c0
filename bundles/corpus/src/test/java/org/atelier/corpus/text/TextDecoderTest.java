package org.atelier.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.atelier.api.corpus.InvalidSourceException;
import org.atelier.corpus.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {
    /** The text every French fixture holds, whatever its encoding. */
    static final String FRENCH = "L’été dernier, à Noël, ça coûtait « cher » : une œuvre à 5 € chez l’éditeur.\n"
            + "Les élèves ont répondu que la grève était déjà terminée et que le garçon n’était pas là.\n";

    @ParameterizedTest
    @ValueSource(strings = {"utf8-french.txt", "utf8-bom-french.txt", "utf16le-bom-french.txt",
            "utf16be-bom-french.txt", "cp1252-french.txt"})
    void decodesFrenchTextInEachEncodingToTheSameText(String fixture) throws Exception {
        assertThat(TextDecoder.decode(Fixtures.bytes(fixture))).isEqualTo(FRENCH);
    }

    @Test
    void theByteOrderMarkIsNotPartOfTheText() throws Exception {
        assertThat(TextDecoder.decode(Fixtures.bytes("utf8-bom-french.txt"))).startsWith("L’été");
    }

    @Test
    void latin1TextDecodesAsWindows1252() throws Exception {
        assertThat(TextDecoder.decode(Fixtures.bytes("iso-8859-1-french.txt")))
                .isEqualTo("À l'été, la façade du château était « très » belle.\n"
                        + "Le garçon a mangé une crème brûlée et il est reparti à pied.\n");
    }

    @Test
    void windows1252PunctuationComesOutRight() throws Exception {
        byte[] bytes = {(byte) 0x92, ' ', (byte) 0x9C, ' ', (byte) 0x80, ' ', (byte) 0x85, ' ', (byte) 0x96};
        assertThat(TextDecoder.decode(bytes)).isEqualTo("’ œ € … –");
    }

    @Test
    void validUtf8IsNeverTakenForWindows1252() throws Exception {
        assertThat(TextDecoder.decode("Ã©té".getBytes(StandardCharsets.UTF_8))).isEqualTo("Ã©té");
    }

    @Test
    void lineEndsBecomeLineFeeds() throws Exception {
        assertThat(TextDecoder.decode(Fixtures.bytes("crlf-line-endings.txt")))
                .isEqualTo("Première ligne\nDeuxième ligne\nTroisième ligne\n");
    }

    @Test
    void decomposedAccentsAreComposed() throws Exception {
        String text = TextDecoder.decode(Fixtures.bytes("nfd-decomposed-accents.txt"));
        assertThat(text).isEqualTo("Le café de la rue était fermé.\n");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void nulBytesMeanBinary() {
        assertThatThrownBy(() -> TextDecoder.decode(Fixtures.bytes("binary-with-nul-bytes.txt")))
                .isInstanceOf(InvalidSourceException.class)
                .hasMessageStartingWith("binary content, not text");
    }

    @Test
    void mostlyControlCharactersMeanBinary() {
        assertThatThrownBy(() -> TextDecoder.decode(Fixtures.bytes("binary-control-bytes.txt")))
                .isInstanceOf(InvalidSourceException.class)
                .hasMessage("binary content, not text (mostly control characters)");
    }

    @Test
    void tabsAndFormFeedsAreText() throws Exception {
        assertThat(TextDecoder.decode("a\tb\fc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("a\tb\fc");
    }
}
