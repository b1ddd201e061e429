package dev.berth.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md documents every key of config.yaml with the code's default: each component
 * of {@link BerthConfig}, and of the records it nests, is a dotted key that needs a table row
 * {@code | `key` | `default` | ... |}.
 */
class ConfigurationDocTest {
    private static final Path DOC = Path.of("..", "docs", "configuration.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z.]+)` \\| `([^`]*)` \\|", Pattern.MULTILINE);
    private static final Pattern EXAMPLE = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    /** Every key with its default, as a person would write it in config.yaml. */
    static Map<String, String> keysWithDefaults(String prefix, Record defaults) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (RecordComponent c : defaults.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(defaults);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String key = prefix + c.getName();
            if (value instanceof Record nested) {
                keys.putAll(keysWithDefaults(key + ".", nested));
            } else {
                keys.put(key, written(value));
            }
        }
        return keys;
    }

    private static String written(Object value) {
        return switch (value) {
            case Duration d -> DurationText.format(d);
            case Collection<?> c when c.isEmpty() -> "[]";
            case Map<?, ?> m when m.isEmpty() -> "{}";
            case Enum<?> e -> e.name().toLowerCase(Locale.ROOT);
            case Double d when d == Math.rint(d) -> String.valueOf(d.longValue());
            default -> String.valueOf(value);
        };
    }

    private static String doc() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    @Test
    void everyKeyIsDocumentedWithTheCodesDefault() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher m = ROW.matcher(doc());
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        Map<String, String> code = keysWithDefaults("", BerthConfig.defaults());
        assertThat(code).as("keys walked from the records").containsKeys("protectedContexts", "refresh.visible", "logs.liveTail",
                "triage.cpuPercent", "theme", "keys");
        assertThat(documented).as("docs/configuration.md's tables against the config records' defaults").isEqualTo(code);
    }

    @Test
    void theExampleIsAValidConfigFile() throws IOException {
        Matcher m = EXAMPLE.matcher(doc());
        assertThat(m.find()).as("a yaml example").isTrue();
        BerthConfig example = ConfigLoader.parse(m.group(1), "docs/configuration.md");
        assertThat(example.protects("prod@us-west-2")).isTrue();
        assertThat(example.refresh().background()).isEqualTo(Duration.ofMinutes(1));
        assertThat(example.theme()).isEqualTo(Theme.DARK);
    }
}
