package org.atelier.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

/** The five French articles Atelier ships ({@code corpus/} of the repository; surefire names the folder). */
public final class ShippedArticles {
    private ShippedArticles() {}

    public static List<Path> files() throws IOException {
        String corpus = System.getProperty("atelier.corpus", "../../corpus");
        try (Stream<Path> files = Files.list(Path.of(corpus))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The text as the store keeps it: NFC, {@code \n} line ends, no trailing blank lines. */
    public static String stored(Path article) throws IOException {
        String text = Normalizer.normalize(Files.readString(article), Normalizer.Form.NFC).replace("\r\n", "\n");
        return text.stripTrailing();
    }
}
