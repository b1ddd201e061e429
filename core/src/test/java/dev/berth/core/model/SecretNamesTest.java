package dev.berth.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretNamesTest {
    @Test
    void namesWithASecretSoundingWordLookSecret() {
        assertThat(SecretNames.looksSecret("STRIPE_API_KEY")).isTrue();
        assertThat(SecretNames.looksSecret("DB_PASSWORD")).isTrue();
        assertThat(SecretNames.looksSecret("dbPassword")).isTrue();
        assertThat(SecretNames.looksSecret("auth-token")).isTrue();
        assertThat(SecretNames.looksSecret("AWS_SECRET_ACCESS_KEY")).isTrue();
        assertThat(SecretNames.looksSecret("GOOGLE_APPLICATION_CREDENTIALS")).isTrue();
        assertThat(SecretNames.looksSecret("TLS_PRIVATE_PEM")).isTrue();
        assertThat(SecretNames.looksSecret("KEYBOARD_LAYOUT")).isFalse();
        assertThat(SecretNames.looksSecret("MONKEY_MODE")).isFalse();
        assertThat(SecretNames.looksSecret("LOG_LEVEL")).isFalse();
        assertThat(SecretNames.looksSecret(null)).isFalse();
    }

    @Test
    void maskingKeepsOrderAndOtherValues() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LOG_LEVEL", "info");
        env.put("API_TOKEN", "t0k");
        env.put("REGION", "eu-west-1");
        ContainerDefinition c = new ContainerDefinition("app", "app:1", null, null, true, env, Map.of(), null);
        assertThat(c.maskedEnvironment()).containsExactly(Map.entry("LOG_LEVEL", "info"), Map.entry("API_TOKEN", SecretNames.MASK),
                Map.entry("REGION", "eu-west-1"));
        assertThat(c.secretLookingNames()).containsExactly("API_TOKEN");
        assertThat(c.reveal("API_TOKEN")).isEqualTo("t0k");
        assertThat(c.mountPoints()).isEmpty();
    }

    @Test
    void secretReferencesSayWhichStoreHoldsThem() {
        assertThat(SecretNames.store("arn:aws:secretsmanager:us-east-1:1:secret:db")).isEqualTo("Secrets Manager");
        assertThat(SecretNames.store("arn:aws:ssm:us-east-1:1:parameter/x")).isEqualTo("SSM Parameter Store");
        assertThat(SecretNames.store("/prod/x")).isEqualTo("SSM Parameter Store");
    }
}
