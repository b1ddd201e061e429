package dev.berth.sandbox.logs.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A property selector such as {@code $.user.id}, {@code $.items[0].name} or {@code $.items[*].name}:
 * selects the values it names in a JSON event, none if a step is missing.
 */
final class JsonSelector {
    /** A step: a property name, an array index, or every element ({@code index == ANY}). */
    private record Step(String property, int index) {
    }

    private static final int ANY = -1;
    private final List<Step> steps;

    private JsonSelector(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    static JsonSelector read(PatternReader r) {
        r.expect("$");
        List<Step> steps = new ArrayList<>();
        while (true) {
            if (r.consume(".")) {
                String name = r.word(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '@' || c == ':');
                if (name.isEmpty()) {
                    throw r.fail("expected a property name after '.'");
                }
                steps.add(new Step(name, 0));
            } else if (r.consume("[")) {
                if (r.consume("*")) {
                    steps.add(new Step(null, ANY));
                } else {
                    String digits = r.word(Character::isDigit);
                    if (digits.isEmpty() || digits.length() > 9) {
                        throw r.fail("expected an array index");
                    }
                    steps.add(new Step(null, Integer.parseInt(digits)));
                }
                r.expect("]");
            } else {
                break;
            }
        }
        if (steps.isEmpty()) {
            throw r.fail("a selector needs at least one property, like $.level");
        }
        return new JsonSelector(steps);
    }

    List<JsonNode> select(JsonNode root) {
        List<JsonNode> current = List.of(root);
        for (Step step : steps) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                if (step.property != null) {
                    JsonNode child = node.isObject() ? node.get(step.property) : null;
                    if (child != null) {
                        next.add(child);
                    }
                } else if (node.isArray()) {
                    if (step.index == ANY) {
                        node.forEach(next::add);
                    } else if (step.index < node.size()) {
                        next.add(node.get(step.index));
                    }
                }
            }
            current = next;
        }
        return current;
    }
}
