package vn.dxscorecard.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code dx.*} settings there are, as the configuration processor lists them in the
 * jar's metadata: Spring would silently ignore a misspelt one, we refuse it (SPEC §7).
 * Names compare as Spring's relaxed binding does ({@code render-threads},
 * {@code renderThreads} and {@code RENDER_THREADS} are one setting).
 */
final class KnownSettings {

    private static final String[] METADATA = { "META-INF/spring-configuration-metadata.json",
            "META-INF/additional-spring-configuration-metadata.json" };

    private final Set<String> names;

    private KnownSettings(Set<String> names) {
        this.names = Collections.unmodifiableSet(names);
    }

    static KnownSettings load() {
        Set<String> names = new TreeSet<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (String resource : METADATA) {
                for (URL url : Collections.list(KnownSettings.class.getClassLoader().getResources(resource))) {
                    try (InputStream in = url.openStream()) {
                        for (JsonNode property : json.readTree(in).path("properties")) {
                            String name = property.path("name").asString("");
                            if (name.startsWith("dx.")) {
                                names.add(CommandLine.relaxed(name));
                            }
                        }
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the settings metadata", e);
        }
        return new KnownSettings(names);
    }

    boolean knows(String name) {
        return names.contains(CommandLine.relaxed(name));
    }

}
