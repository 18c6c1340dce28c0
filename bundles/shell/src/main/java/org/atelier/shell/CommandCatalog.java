package org.atelier.shell;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.atelier.api.command.AtelierCommands;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The commands of scope {@code atelier} that bundles contribute, and their usage as their Gogo annotations
 * ({@link Descriptor}, {@link org.apache.felix.service.command.Parameter}) describe it. Help is written from
 * these, so a plugin's command documents itself.
 */
@Component(service = CommandCatalog.class)
public class CommandCatalog {
    private final BundleContext context;
    /** Tracks references only: getting a command object is left to the moment it is needed. */
    private final ServiceTracker<Object, ServiceReference<Object>> commands;

    /** A command: its name and the method Gogo calls. */
    public record Entry(String name, Method method) {
        String description() {
            Descriptor d = method.getAnnotation(Descriptor.class);
            return d == null ? "" : d.value();
        }
    }

    @Activate
    public CommandCatalog(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        this.commands = new ServiceTracker<>(context, context.createFilter(
                "(" + AtelierCommands.SCOPE_PROPERTY + "=" + AtelierCommands.SCOPE + ")"), null) {
            @Override
            public ServiceReference<Object> addingService(ServiceReference<Object> reference) {
                return reference;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, ServiceReference<Object> service) {}
        };
        commands.open(true);
    }

    @Deactivate
    void close() {
        commands.close();
    }

    /** Every command by name. */
    public Map<String, Entry> all() {
        Map<String, Entry> result = new TreeMap<>();
        ServiceReference<Object>[] references = commands.getServiceReferences();
        if (references == null) {
            return result;
        }
        for (ServiceReference<Object> reference : references) {
            for (String name : functions(reference)) {
                method(reference, name).ifPresent(m -> result.putIfAbsent(name, new Entry(name, m)));
            }
        }
        return result;
    }

    public Optional<Entry> find(String name) {
        return Optional.ofNullable(all().get(name));
    }

    /** One line: {@code atelier import [--json] PATH...}. */
    public String synopsis(String name) {
        return find(name).map(CommandCatalog::synopsis).orElse("atelier " + name);
    }

    /** The full usage: synopsis, description, each option and argument. */
    public String usage(String name) {
        Entry entry = find(name).orElseThrow();
        StringBuilder out = new StringBuilder("usage: ").append(synopsis(entry)).append('\n');
        if (!entry.description().isEmpty()) {
            out.append('\n').append(entry.description()).append('\n');
        }
        List<Parameter> params = parameters(entry.method());
        if (!params.isEmpty()) {
            out.append('\n');
        }
        for (Parameter p : params) {
            var option = p.getAnnotation(org.apache.felix.service.command.Parameter.class);
            String label = option != null ? String.join(", ", option.names()) : argumentName(p);
            Descriptor d = p.getAnnotation(Descriptor.class);
            out.append(String.format("  %-22s %s%n", label, d == null ? "" : d.value()));
        }
        return out.toString();
    }

    static String synopsis(Entry entry) {
        StringBuilder out = new StringBuilder("atelier ").append(entry.name());
        for (Parameter p : parameters(entry.method())) {
            var option = p.getAnnotation(org.apache.felix.service.command.Parameter.class);
            if (option != null) {
                boolean flag = !org.apache.felix.service.command.Parameter.UNSPECIFIED.equals(option.presentValue());
                out.append(" [").append(option.names()[0]).append(flag ? "" : " " + argumentName(p)).append(']');
            } else {
                out.append(' ').append(argumentName(p));
            }
        }
        return out.toString();
    }

    private static String argumentName(Parameter p) {
        Descriptor d = p.getAnnotation(Descriptor.class);
        String name = p.isNamePresent() ? p.getName() : "arg";
        String upper = name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
        if (p.getType().isArray() || List.class.isAssignableFrom(p.getType())) {
            upper = upper.endsWith("S") ? upper.substring(0, upper.length() - 1) + "..." : upper + "...";
        }
        return d != null && d.value().isEmpty() ? "" : upper;
    }

    private static List<Parameter> parameters(Method method) {
        return Arrays.stream(method.getParameters())
                .filter(p -> !CommandSession.class.isAssignableFrom(p.getType()))
                .toList();
    }

    /**
     * The method Gogo would call, found in the classes the service is registered under, so that listing the
     * commands does not create every command component (and what it references). Gogo's matching: case
     * ignored, and a Java keyword such as {@code import} written {@code _import}.
     */
    private Optional<Method> method(ServiceReference<Object> reference, String name) {
        Object classes = reference.getProperty(Constants.OBJECTCLASS);
        for (String className : (String[]) classes) {
            try {
                Optional<Method> found = method(reference.getBundle().loadClass(className), name);
                if (found.isPresent()) {
                    return found;
                }
            } catch (ClassNotFoundException | RuntimeException e) {
                // Registered under a class its bundle cannot load: look at the service object instead.
            }
        }
        Object service = context.getService(reference);
        if (service == null) {
            return Optional.empty();
        }
        try {
            return method(service.getClass(), name);
        } finally {
            context.ungetService(reference);
        }
    }

    private static Optional<Method> method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equalsIgnoreCase(name) || m.getName().equalsIgnoreCase("_" + name))
                .max(Comparator.comparingInt(Method::getParameterCount));
    }

    private static List<String> functions(ServiceReference<?> reference) {
        Object value = reference.getProperty(AtelierCommands.FUNCTION_PROPERTY);
        if (value instanceof String[] names) {
            return List.of(names);
        }
        if (value instanceof String name) {
            return List.of(name.split("\\s*,\\s*"));
        }
        return List.of();
    }
}
