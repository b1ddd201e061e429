package dev.berth.core.actions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.json.SecretVariables;
import dev.berth.core.model.SecretNames;
import dev.berth.core.model.TaskDefinition;
import java.util.HashMap;
import java.util.Map;

/**
 * The diff between two task definition revisions as people should see it: secret-looking
 * environment values masked on both sides, yet a changed one still shows as a changed line
 * ({@value #CHANGED}), so a preview never hides that a secret is about to change and never shows it.
 */
public final class RevisionDiff {
    static final String CHANGED = SecretNames.MASK + " (changed)";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RevisionDiff() {
    }

    /** The unified diff from {@code before} to {@code after}, or an empty string when they are equal. */
    public static String unified(TaskDefinition before, TaskDefinition after) {
        Map<String, String> old = new HashMap<>();
        ObjectNode a = tree(before);
        SecretVariables.forEach(a, (key, variable) -> {
            old.put(key, variable.path("value").asText());
            variable.put("value", SecretNames.MASK);
        });
        ObjectNode b = tree(after);
        SecretVariables.forEach(b, (key, variable) -> variable.put("value",
                variable.path("value").asText().equals(old.get(key)) ? SecretNames.MASK : CHANGED));
        return LineDiff.unified(before.ref().familyRevision(), after.ref().familyRevision(), write(a), write(b));
    }

    private static ObjectNode tree(TaskDefinition td) {
        try {
            return td.json() == null ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(td.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("task definition " + td.ref().familyRevision() + " is not JSON", e);
        }
    }

    private static String write(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
