package org.atelier.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files of {@code src/test/resources}, each named for what it proves. */
public final class Fixtures {
    /** The articles the distribution ships, at the root of the repository. */
    public static final Path SHIPPED_CORPUS = Path.of("../../corpus").toAbsolutePath().normalize();

    private Fixtures() {}

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies fixture {@code name} into {@code folder}, under {@code as} when given. */
    public static Path copy(String name, Path folder, String... as) throws IOException {
        Path target = folder.resolve(as.length > 0 ? as[0] : name);
        Files.createDirectories(target.getParent());
        return Files.write(target, bytes(name));
    }
}
