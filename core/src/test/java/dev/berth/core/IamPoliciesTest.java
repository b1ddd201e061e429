package dev.berth.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IAM policies in docs/iam cover what the core calls: every AWS operation its sources call
 * through the limiter ({@code ApiCategory.X, "service:Operation"}) is read from the source code, so
 * a new call without its permission fails here, not on someone's account.
 */
class IamPoliciesTest {
    private static final Pattern CALL = Pattern.compile("ApiCategory\\.([A-Z]+),\\s*\"([a-z-]+:[A-Za-z]+)\"");
    private static final Path DOCS = Path.of("..", "docs");
    /** Operation to its limiter category (MUTATE for changes, the rest are reads). */
    private static final Map<String, String> CALLS = new TreeMap<>();

    @BeforeAll
    static void readCalls() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CALL.matcher(Files.readString(f));
                while (m.find()) {
                    CALLS.put(m.group(2), m.group(1));
                }
            }
        }
    }

    private static List<String> actions(String policy) throws IOException {
        JsonNode root = new ObjectMapper().readTree(DOCS.resolve("iam").resolve(policy).toFile());
        assertThat(root.get("Version").asText()).isEqualTo("2012-10-17");
        List<String> out = new ArrayList<>();
        for (JsonNode statement : root.get("Statement")) {
            assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
            JsonNode action = statement.get("Action");
            if (action.isArray()) {
                action.forEach(a -> out.add(a.asText()));
            } else {
                out.add(action.asText());
            }
        }
        return out;
    }

    /** IAM's matching: {@code *} stands for any characters; action names compare without case. */
    private static boolean allows(List<String> actions, String operation) {
        return actions.stream().anyMatch(a -> operation.toLowerCase().matches(
                Pattern.quote(a.toLowerCase()).replace("*", "\\E.*\\Q")));
    }

    @Test
    void theSourcesCallSomethingOfEveryServiceBerthReads() {
        assertThat(CALLS.keySet()).anyMatch(o -> o.startsWith("elasticloadbalancing:"))
                .anyMatch(o -> o.startsWith("servicediscovery:")).anyMatch(o -> o.startsWith("cloudwatch:DescribeAlarms"))
                .anyMatch(o -> o.startsWith("ecs:UpdateService"));
    }

    @Test
    void everyReadCallIsInTheReadOnlyPolicyAndNoMutationIs() throws IOException {
        List<String> readOnly = actions("berth-read-only.json");
        CALLS.forEach((operation, category) -> {
            if (category.equals("MUTATE")) {
                assertThat(allows(readOnly, operation)).as(operation + " must not be in the read-only policy").isFalse();
            } else {
                assertThat(allows(readOnly, operation)).as(operation + " (" + category + ") in the read-only policy").isTrue();
            }
        });
    }

    @Test
    void theOperatorPolicyAllowsEveryCallAndEverythingTheReadOnlyOneDoes() throws IOException {
        List<String> operator = actions("berth-operator.json");
        CALLS.keySet().forEach(operation -> assertThat(allows(operator, operation)).as(operation + " in the operator policy").isTrue());
        assertThat(operator).containsAll(actions("berth-read-only.json"));
    }

    @Test
    void thePermissionsPageNamesEveryCall() throws IOException {
        String page = Files.readString(DOCS.resolve("permissions.md"));
        CALLS.keySet().forEach(operation -> assertThat(page).as("docs/permissions.md names " + operation)
                .contains(operation.substring(operation.indexOf(':') + 1)));
    }
}
