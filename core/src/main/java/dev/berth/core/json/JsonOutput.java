package dev.berth.core.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.TaskDefinition;
import java.util.Map;

/**
 * How Berth's records are written as JSON ({@code -o json}): timestamps as ISO-8601 text, and
 * secrets kept out unless asked for. Without {@code revealSecrets} a container's environment is
 * written with the values of secret-looking names masked, and a task definition's raw JSON only in
 * its masked form.
 */
public final class JsonOutput {
    private JsonOutput() {
    }

    public static ObjectMapper mapper(boolean revealSecrets) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        if (!revealSecrets) {
            mapper.addMixIn(ContainerDefinition.class, MaskedContainer.class);
            mapper.addMixIn(TaskDefinition.class, MaskedTaskDefinition.class);
        }
        return mapper;
    }

    /** A container definition whose {@code environment} is its masked environment. */
    private abstract static class MaskedContainer {
        @JsonIgnore
        abstract Map<String, String> environment();

        @JsonProperty("environment")
        abstract Map<String, String> maskedEnvironment();
    }

    /** A task definition without its unmasked raw JSON. */
    private abstract static class MaskedTaskDefinition {
        @JsonIgnore
        abstract String json();
    }
}
