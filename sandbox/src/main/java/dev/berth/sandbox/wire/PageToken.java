package dev.berth.sandbox.wire;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque pagination tokens: a kind and a few fields, base64url-encoded, so that clients cannot
 * mistake them for anything but a token. A token of another kind, a mangled one, or one with the
 * wrong number of fields is rejected with the caller's error.
 */
public final class PageToken {
    private static final char SEPARATOR = '\u001f';

    private PageToken() {
    }

    public static String encode(String kind, Object... fields) {
        StringBuilder raw = new StringBuilder(kind);
        for (Object f : fields) {
            String text = String.valueOf(f);
            if (text.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("token field contains the separator");
            }
            raw.append(SEPARATOR).append(text);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The fields of a token of this kind, or the given error if it is not one. */
    public static List<String> decode(String token, String kind, int fieldCount, AwsException invalid) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid;
        }
        List<String> parts = List.of(raw.split(String.valueOf(SEPARATOR), -1));
        if (parts.size() != fieldCount + 1 || !parts.get(0).equals(kind)) {
            throw invalid;
        }
        return parts.subList(1, parts.size());
    }

    /** A numeric token field, or the given error. */
    public static long number(String field, AwsException invalid) {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            throw invalid;
        }
    }
}
