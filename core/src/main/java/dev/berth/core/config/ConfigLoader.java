package dev.berth.core.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.berth.core.BerthException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Reads {@link BerthConfig} from YAML. Failures become one {@link BerthException} line of the form
 * {@code <file> line N: <key>: <what is wrong>}.
 */
public final class ConfigLoader {
    /** Built on first use: a mapper costs a twelfth of a second at start, and most starts have no config file. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .addModule(new SimpleModule().addDeserializer(Duration.class, new DurationDeserializer()))
                .build();
    }

    private ConfigLoader() {
    }

    /** Reads the file, or answers the defaults when it does not exist. */
    public static BerthConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return BerthConfig.defaults();
        } catch (IOException e) {
            throw new BerthException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString());
    }

    /** Parses YAML text; {@code source} names it in error messages. */
    public static BerthConfig parse(String text, String source) {
        if (text.isBlank()) {
            return BerthConfig.defaults();
        }
        BerthConfig config;
        try {
            config = Yaml.MAPPER.readValue(text, BerthConfig.class);
        } catch (JacksonException e) {
            throw new BerthException(describe(e, source, text), e);
        }
        if (config == null) {
            return BerthConfig.defaults();
        }
        try {
            config.keymap();
        } catch (IllegalArgumentException e) {
            throw new BerthException(source + ": " + e.getMessage(), e);
        }
        return config;
    }

    private static String describe(JacksonException e, String source, String text) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        if (e instanceof UnrecognizedPropertyException u) {
            // The YAML parser reports where it stopped reading; the key itself is easier to find in the text.
            line = lineOfKey(text, String.valueOf(u.getPropertyName()), line);
        }
        String where = source + (line > 0 ? " line " + line : "");
        String key = e instanceof JsonMappingException m ? path(m) : "";
        String prefix = where + ": " + (key.isEmpty() ? "" : key + ": ");
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return prefix + "unknown key" + (known.isEmpty() ? "" : " (known here: " + known + ")");
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return where + ": " + (key.isEmpty() ? "" : key + ": ") + v.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException f) {
            return prefix + "'" + f.getValue() + "' is not a valid " + simpleType(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() == Duration.class) {
            return prefix + m.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException m) {
            return prefix + "expected " + simpleType(m.getTargetType());
        }
        return where + ": malformed YAML (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")";
    }

    private static int lineOfKey(String text, String key, int fallback) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^[\\s-]*\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*:");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return fallback;
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            StringBuilder s = new StringBuilder("value (one of");
            for (Object c : type.getEnumConstants()) {
                s.append(' ').append(c.toString().toLowerCase(java.util.Locale.ROOT));
            }
            return s.append(')').toString();
        }
        if (type == Integer.class || type == int.class || type == Double.class || type == Long.class) {
            return "number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "mapping of keys to values";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!s.isEmpty()) {
                    s.append('.');
                }
                s.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    /** Reads {@code 5s}-style durations, refusing anything else with the expected form. */
    private static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return DurationText.parse(text);
            } catch (IllegalArgumentException e) {
                throw MismatchedInputException.from(p, Duration.class, e.getMessage());
            }
        }
    }
}
