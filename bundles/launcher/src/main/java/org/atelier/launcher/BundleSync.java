package org.atelier.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * Makes the installed bundles match {@code bundle/}: installs new jars, updates changed ones, uninstalls those
 * gone. The framework cache lives in the workspace and is kept between starts, so an unchanged distribution
 * starts without reinstalling anything. Bundles under {@code plugins/} belong to FileInstall and are left alone.
 */
final class BundleSync {
    private final BundleContext context;
    private final Path bundleDir;
    private final String pluginsLocation;

    BundleSync(BundleContext context, Path bundleDir, Path pluginsDir) {
        this.context = context;
        this.bundleDir = bundleDir;
        this.pluginsLocation = pluginsDir.toUri().toString();
    }

    /** Returns the distribution's bundles, in file name order. */
    List<Bundle> sync() throws IOException, BundleException {
        Map<String, Path> wanted = new HashMap<>();
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(bundleDir, "*.jar")) {
            stream.forEach(jars::add);
        }
        jars.sort(null);
        for (Path jar : jars) {
            wanted.put(jar.toUri().toString(), jar);
        }
        for (Bundle bundle : context.getBundles()) {
            String location = bundle.getLocation();
            if (bundle.getBundleId() == 0 || location.startsWith(pluginsLocation) || wanted.containsKey(location)) {
                continue;
            }
            bundle.uninstall();
        }
        List<Bundle> result = new ArrayList<>();
        for (Path jar : jars) {
            String location = jar.toUri().toString();
            Bundle bundle = context.getBundle(location);
            if (bundle == null) {
                try (InputStream in = Files.newInputStream(jar)) {
                    bundle = context.installBundle(location, in);
                }
            } else if (Files.getLastModifiedTime(jar).toMillis() > bundle.getLastModified()) {
                try (InputStream in = Files.newInputStream(jar)) {
                    bundle.update(in);
                }
            }
            result.add(bundle);
        }
        return result;
    }
}
