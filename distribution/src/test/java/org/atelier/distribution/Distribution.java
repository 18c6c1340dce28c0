package org.atelier.distribution;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** The assembled distribution under test: {@code distribution/target/atelier}, or a private copy of it. */
public final class Distribution {
    private Distribution() {}

    public static Path home() {
        String dir = System.getProperty("atelier.distribution");
        if (dir == null) {
            throw new IllegalStateException("run through Maven (failsafe sets atelier.distribution)");
        }
        return Path.of(dir).toAbsolutePath();
    }

    /** A copy of the distribution, for tests that change its conf/ or plugins/. */
    public static Path copyTo(Path target) throws IOException {
        Path source = home();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                // What runs of the built folder left (its workspace, its class data archives) is not copied,
                // as the distribution's archives leave it out.
                String name = dir.getFileName().toString();
                if ((name.equals("workspace") || name.equals("var")) && dir.getParent().equals(source)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        return target;
    }
}
