package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.Input;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Request checks shared by the ECS operations: list limits, {@code include} values, failures entries. */
final class Requests {
    /** Cluster, service and family names: letters, digits, hyphens, underscores. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

    private Requests() {
    }

    /**
     * The names or ARNs of a Describe* call: present, not empty, at most {@code max}, with AWS's
     * wording ({@code taskIds can have at most 100 items.}).
     */
    static List<String> references(Input in, String field, String label, int max) {
        List<String> refs = in.strings(field);
        if (refs.isEmpty()) {
            throw EcsErrors.invalid(Character.toUpperCase(field.charAt(0)) + field.substring(1) + " cannot be empty.");
        }
        if (refs.size() > max) {
            throw EcsErrors.invalid(label + " can have at most " + max + " items.");
        }
        return refs;
    }

    /** The {@code include} values, each checked against what the operation accepts. */
    static Set<String> include(Input in, Set<String> allowed) {
        Set<String> out = new HashSet<>();
        for (String v : in.strings("include")) {
            if (!allowed.contains(v)) {
                throw EcsErrors.invalid("include value " + v + " is not valid; expected one of " + allowed + ".");
            }
            out.add(v);
        }
        return out;
    }

    /**
     * Describes each reference, or adds a {@code MISSING} failure for it, and answers
     * {@code {field: [...], failures: [...]}}.
     */
    static <T> ObjectNode describe(List<String> refs, String field, Function<String, T> find,
                                   Function<T, ObjectNode> render, Function<String, String> arnOf) {
        ObjectNode out = Json.object();
        ArrayNode found = out.putArray(field);
        ArrayNode failures = out.putArray("failures");
        for (String ref : refs) {
            T item = find.apply(ref);
            if (item == null) {
                failures.addObject().put("arn", ref.startsWith("arn:") ? ref : arnOf.apply(ref)).put("reason", "MISSING");
            } else {
                found.add(render.apply(item));
            }
        }
        return out;
    }

    /** A List* answer: {@code {field: [...], nextToken}}. */
    static <T> ObjectNode page(String field, Pages.Page<T> page, Function<T, String> arnOf) {
        ObjectNode out = Json.object();
        ArrayNode values = out.putArray(field);
        page.items().forEach(item -> values.add(arnOf.apply(item)));
        if (page.nextToken() != null) {
            out.put("nextToken", page.nextToken());
        }
        return out;
    }

    static void checkName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw EcsErrors.invalid(what + " can have up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.");
        }
    }
}
