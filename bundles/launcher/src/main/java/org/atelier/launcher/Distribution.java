package org.atelier.launcher;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.launcher.Main.LaunchException;

/**
 * The unpacked distribution: {@code bin/}, {@code conf/}, {@code bundle/}, {@code plugins/}, {@code corpus/},
 * {@code lib/} (this launcher and the framework).
 */
record Distribution(Path home, String version) {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    static Distribution locate() throws LaunchException {
        String home = System.getProperty("atelier.home");
        Path path;
        if (home != null) {
            path = Path.of(home);
        } else {
            try {
                // lib/org.atelier.launcher.jar -> the distribution folder
                path = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .getParent().getParent();
            } catch (URISyntaxException | RuntimeException e) {
                throw new LaunchException(1, "cannot tell where the distribution is; set -Datelier.home");
            }
        }
        return at(path);
    }

    static Distribution at(Path path) throws LaunchException {
        path = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("bundle"))) {
            throw new LaunchException(1, path + " is not an Atelier distribution (no bundle/ folder)");
        }
        String version = Main.class.getPackage().getImplementationVersion();
        return new Distribution(path, version == null ? "(development)" : version);
    }

    Path bundles() {
        return home.resolve("bundle");
    }

    Path plugins() {
        return home.resolve("plugins");
    }

    Path conf() {
        return home.resolve("conf");
    }

    Path corpus() {
        return home.resolve("corpus");
    }

    Path defaultWorkspace(String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath().normalize();
        }
        return home.resolve("workspace");
    }

    /**
     * The framework properties of {@code conf/framework.properties}, with {@code ${name}} replaced by
     * {@code variables} first and system properties second.
     */
    Map<String, String> frameworkProperties(Map<String, String> variables) throws IOException {
        Properties file = new Properties();
        Path path = conf().resolve("framework.properties");
        if (Files.exists(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                file.load(reader);
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (String name : file.stringPropertyNames()) {
            result.put(name, substitute(file.getProperty(name), variables));
        }
        return result;
    }

    static String substitute(String value, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = variables.getOrDefault(name, System.getProperty(name, ""));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
