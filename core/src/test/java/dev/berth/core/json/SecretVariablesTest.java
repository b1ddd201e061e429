package dev.berth.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretVariablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode definition() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"family": "api", "containerDefinitions": [
                  {"name": "app", "environment": [
                    {"name": "STRIPE_API_KEY", "value": "sk_live_1"},
                    {"name": "KEYBOARD_LAYOUT", "value": "us"},
                    {"name": "DB_PASSWORD"}],
                   "secrets": [{"name": "TOKEN", "valueFrom": "arn:aws:secretsmanager:us-east-1:1:secret:t"}]},
                  {"name": "sidecar", "environment": [{"name": "authToken", "value": "abc"}]}]}
                """);
    }

    @Test
    void visitsOnlySecretLookingVariablesWithAValueKeyedByContainer() throws Exception {
        List<String> keys = new ArrayList<>();
        SecretVariables.forEach(definition(), (key, variable) -> keys.add(key.replace('\u0000', '/')));
        assertThat(keys).containsExactly("app/STRIPE_API_KEY", "sidecar/authToken");
    }

    @Test
    void masksValuesInPlaceAndLeavesTheRestAlone() throws Exception {
        String masked = SecretVariables.masked(definition()).toString();
        assertThat(masked).doesNotContain("sk_live_1").doesNotContain("abc")
                .contains("{\"name\":\"STRIPE_API_KEY\",\"value\":\"********\"}")
                .contains("{\"name\":\"KEYBOARD_LAYOUT\",\"value\":\"us\"}")
                .contains("{\"name\":\"DB_PASSWORD\"}")
                .contains("\"valueFrom\":\"arn:aws:secretsmanager:us-east-1:1:secret:t\"");
    }
}
