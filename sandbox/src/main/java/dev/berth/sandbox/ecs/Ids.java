package dev.berth.sandbox.ecs;

import java.util.SplittableRandom;

/**
 * Identifiers in AWS's formats drawn from a seeded generator, so the same seed gives the same ids
 * in the same story. Not thread-safe: used under the region's lock.
 */
public final class Ids {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] TOKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private final SplittableRandom random;

    public Ids(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public String hex(int length) {
        return draw(HEX, length);
    }

    /** 32 hex digits: task and container instance ids. */
    public String resourceId() {
        return hex(32);
    }

    /** {@code ecs-svc/} and 19 digits: an ECS deployment id. */
    public String deploymentId() {
        return "ecs-svc/" + digits(19);
    }

    /** 19 digits, the first not zero. */
    public String digits(int length) {
        StringBuilder sb = new StringBuilder(length);
        sb.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < length; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** A random (version 4 shaped) UUID in its usual text form. */
    public String uuid() {
        String h = hex(32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
                + "89ab".charAt(random.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
    }

    /** URL-safe letters and digits, as in service deployment ids. */
    public String token(int length) {
        return draw(TOKEN, length);
    }

    private String draw(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}
