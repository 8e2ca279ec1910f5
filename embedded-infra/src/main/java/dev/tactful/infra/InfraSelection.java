package dev.tactful.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Which {@link InfraBackend} {@link TactfulInfra} starts: the embedded servers unless {@code tactful.infra} (system
 * property, else environment variable {@code TACTFUL_INFRA}) names another provider, such as {@code containers}
 * from module {@code containers-infra}, which Maven's {@code -Pcontainers} puts on the test classpath and asks for.
 */
public final class InfraSelection {

    public static final String PROPERTY = "tactful.infra";
    public static final String ENV = "TACTFUL_INFRA";
    public static final String EMBEDDED = "embedded";

    private InfraSelection() {
    }

    /** The backend asked for by this JVM's system properties and environment. */
    public static InfraBackend.Provider fromEnvironment() {
        return select(requested(System::getProperty, System::getenv),
                ServiceLoader.load(InfraBackend.Provider.class, InfraSelection.class.getClassLoader()));
    }

    /** The requested name, lower case; {@value #EMBEDDED} when neither the property nor the variable is set. */
    static String requested(Function<String, String> properties, Function<String, String> environment) {
        String value = properties.apply(PROPERTY);
        if (value == null || value.isBlank()) {
            value = environment.apply(ENV);
        }
        return value == null || value.isBlank() ? EMBEDDED : value.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The provider called {@code requested} among {@code found}; the built-in embedded one for {@value #EMBEDDED}.
     * An unknown name fails rather than falling back to embedded: whoever asked for containers must not get a green
     * build that never touched them.
     */
    static InfraBackend.Provider select(String requested, Iterable<InfraBackend.Provider> found) {
        if (EMBEDDED.equals(requested)) {
            return new EmbeddedBackend.Provider();
        }
        List<String> available = new ArrayList<>(List.of(EMBEDDED));
        for (InfraBackend.Provider provider : found) {
            if (provider.name().equals(requested)) {
                return provider;
            }
            available.add(provider.name());
        }
        throw new IllegalStateException(PROPERTY + "=" + requested + " but no such infrastructure is on the classpath"
                + " (available: " + String.join(", ", available) + "). For Docker containers run Maven with"
                + " -Pcontainers, which adds module containers-infra to the tests of the services.");
    }
}
