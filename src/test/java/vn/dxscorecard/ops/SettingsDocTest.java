package vn.dxscorecard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/contract.md §10 lists every setting there is, as the configuration processor finds
 * them in the code, with the environment variable that Spring binds to it.
 */
class SettingsDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(dx\\.[a-z.-]+)` \\|.*\\| `([A-Z_]+)` \\|$",
            Pattern.MULTILINE);

    @Test
    void everySettingIsListedOnceWithItsEnvironmentVariable() throws IOException {
        String contract = Files.readString(Path.of("docs/contract.md"), StandardCharsets.UTF_8);
        Map<String, String> listed = new TreeMap<>();
        Matcher row = ROW.matcher(contract);
        while (row.find()) {
            assertThat(listed.put(row.group(1), row.group(2))).as("listed once: " + row.group(1)).isNull();
        }
        TreeSet<String> settings = new TreeSet<>();
        try (InputStream in = getClass().getClassLoader()
            .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            for (JsonNode property : JsonMapper.builder().build().readTree(in).path("properties")) {
                String name = property.path("name").asString("");
                if (name.startsWith("dx.")) {
                    settings.add(name);
                }
            }
        }
        assertThat(listed.keySet()).containsExactlyElementsOf(settings);
        listed.forEach((setting, variable) -> assertThat(variable).as(setting)
            .isEqualTo(CommandLine.environmentVariable(setting)));
    }

}
