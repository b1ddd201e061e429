package dev.berth.sandbox.conformance;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;

/**
 * The shape of an SDK response as the client saw it: every member present, by path
 * ({@code services[].deployments[].rolloutState}), with its wire type.
 */
final class Shapes {
    private Shapes() {
    }

    /**
     * Per call, the members the reference answered that the other did not answer with the same
     * type, leaving out paths {@code ignored} accepts; calls without such members are left out.
     */
    static Map<String, Map<String, String>> missing(Map<String, SdkPojo> reference, Map<String, SdkPojo> other,
                                                    java.util.function.Predicate<String> ignored) {
        Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
        for (String call : reference.keySet()) {
            Map<String, String> ours = of(other.get(call));
            Map<String, String> absent = new TreeMap<>(of(reference.get(call)));
            absent.entrySet().removeIf(e -> e.getValue().equals(ours.get(e.getKey())) || ignored.test(e.getKey()));
            if (!absent.isEmpty()) {
                out.put(call, absent);
            }
        }
        return out;
    }

    static Map<String, String> of(SdkPojo pojo) {
        Map<String, String> out = new TreeMap<>();
        walk(pojo, "", out);
        return out;
    }

    private static void walk(SdkPojo pojo, String prefix, Map<String, String> out) {
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || value instanceof Collection<?> c && c.isEmpty() && isAutoConstruct(c)) {
                continue;
            }
            String path = prefix + field.memberName();
            out.put(path, field.marshallingType().toString());
            if (value instanceof SdkPojo nested) {
                walk(nested, path + ".", out);
            } else if (value instanceof Collection<?> items) {
                for (Object item : items) {
                    if (item instanceof SdkPojo nested) {
                        walk(nested, path + "[].", out);
                    }
                }
            }
        }
    }

    /** The SDK fills absent lists with an empty placeholder; only lists the server sent count. */
    private static boolean isAutoConstruct(Collection<?> c) {
        return c instanceof SdkAutoConstructList<?>;
    }
}
