package dev.berth.sandbox.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The scenarios {@code --scenario} can name. */
public final class Scenarios {
    private static final Map<String, Scenario> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("demo", new DemoScenario());
        BY_NAME.put("empty", region -> {
        });
        BY_NAME.put("sized", new SizedScenario());
    }

    private Scenarios() {
    }

    /** The scenario called {@code name}; an unknown name is refused with the list of known ones. */
    public static Scenario named(String name) {
        Scenario s = BY_NAME.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown scenario '" + name + "'; choose one of " + String.join(", ", BY_NAME.keySet()));
        }
        return s;
    }

    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}
