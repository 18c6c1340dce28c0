package org.atelier.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.corpus.Fixtures;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    @Test
    void frenchIsFrench() throws Exception {
        assertThat(LanguageGuesser.guess(TextDecoder.decode(Fixtures.bytes("utf8-french.txt")))).isEqualTo("fr");
    }

    @Test
    void englishIsEnglish() throws Exception {
        assertThat(LanguageGuesser.guess(TextDecoder.decode(Fixtures.bytes("english-article.txt")))).isEqualTo("en");
    }

    @Test
    void spanishSharesWordsWithFrenchButIsNotFrench() throws Exception {
        assertThat(LanguageGuesser.guess(TextDecoder.decode(Fixtures.bytes("spanish-article.txt"))))
                .isEqualTo("und");
    }

    @Test
    void tooFewWordsDecideNothing() {
        assertThat(LanguageGuesser.guess("Bonjour")).isEqualTo("und");
        assertThat(LanguageGuesser.guess("12 345 678")).isEqualTo("und");
        assertThat(LanguageGuesser.guess("")).isEqualTo("und");
    }

    @Test
    void everyShippedArticleIsFrench() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Fixtures.SHIPPED_CORPUS)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(5);
        for (Path file : files) {
            assertThat(LanguageGuesser.guess(TextDecoder.decode(Files.readAllBytes(file)))).as(file.toString())
                    .isEqualTo("fr");
        }
    }

    @Test
    void languageCodesAsSourcesWriteThemBecomeIso6391() {
        assertThat(LanguageGuesser.normalizeCode("fr-FR")).isEqualTo("fr");
        assertThat(LanguageGuesser.normalizeCode(" EN ")).isEqualTo("en");
        assertThat(LanguageGuesser.normalizeCode("en_GB")).isEqualTo("en");
        assertThat(LanguageGuesser.normalizeCode("und")).isNull();
        assertThat(LanguageGuesser.normalizeCode("f")).isNull();
        assertThat(LanguageGuesser.normalizeCode(null)).isNull();
    }
}
