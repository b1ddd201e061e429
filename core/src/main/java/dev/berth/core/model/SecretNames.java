package dev.berth.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which environment variable names look like they hold a secret (API_KEY, DB_PASSWORD, AUTH_TOKEN,
 * ...), so their values are masked until a person asks for them, and where a secret reference
 * ({@code valueFrom}) points.
 */
public final class SecretNames {
    /** What a masked value is shown as. */
    public static final String MASK = "********";
    private static final List<String> WORDS = List.of("KEY", "TOKEN", "PASSWORD", "PASSWD", "PWD", "SECRET", "CREDENTIAL",
            "PRIVATE", "AUTH", "CERT", "SIGNATURE", "SALT", "DSN");

    private SecretNames() {
    }

    /**
     * True when one of the name's words (split at underscores, dashes, dots and camel case) is a
     * secret-sounding word: {@code STRIPE_API_KEY} and {@code dbPassword} yes, {@code KEYBOARD_LAYOUT} no.
     */
    public static boolean looksSecret(String name) {
        if (name == null) {
            return false;
        }
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        for (String word : spaced.split("[_.\\-\\s]+")) {
            for (String secret : WORDS) {
                if (word.equals(secret) || word.equals(secret + "S")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The environment with the values of secret-looking names replaced by {@link #MASK}, in the same order. */
    public static Map<String, String> mask(Map<String, String> environment) {
        Map<String, String> out = new LinkedHashMap<>();
        environment.forEach((k, v) -> out.put(k, looksSecret(k) ? MASK : v));
        return out;
    }

    /** Where a secret reference points: Secrets Manager, SSM Parameter Store, or the reference itself. */
    public static String store(String valueFrom) {
        if (valueFrom == null) {
            return null;
        }
        if (valueFrom.startsWith("arn:aws:secretsmanager:")) {
            return "Secrets Manager";
        }
        if (valueFrom.startsWith("arn:aws:ssm:") || !valueFrom.startsWith("arn:")) {
            return "SSM Parameter Store";
        }
        return valueFrom;
    }
}
