package dev.berth.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.model.SecretNames;

/**
 * The secret-looking plain-text environment variables of a task definition's JSON
 * ({@code containerDefinitions[].environment[]} entries whose name {@link SecretNames#looksSecret looks secret}),
 * which the raw view and the revision diff both mask.
 */
public final class SecretVariables {
    private SecretVariables() {
    }

    /** What is done with each secret-looking variable. */
    public interface Visitor {
        /**
         * @param key      the container's name and the variable's name, the same in two revisions of a family
         * @param variable the {@code {"name": ..., "value": ...}} node, which may be changed in place
         */
        void visit(String key, ObjectNode variable);
    }

    /** Calls {@code visitor} for each secret-looking variable that has a value, in document order. */
    public static void forEach(ObjectNode definition, Visitor visitor) {
        for (JsonNode container : definition.path("containerDefinitions")) {
            for (JsonNode variable : container.path("environment")) {
                if (variable instanceof ObjectNode v && SecretNames.looksSecret(v.path("name").asText(null)) && v.has("value")) {
                    visitor.visit(container.path("name").asText() + "\u0000" + v.path("name").asText(), v);
                }
            }
        }
    }

    /** The same definition, with every secret-looking value replaced by {@link SecretNames#MASK}. */
    public static ObjectNode masked(ObjectNode definition) {
        forEach(definition, (key, variable) -> variable.put("value", SecretNames.MASK));
        return definition;
    }
}
