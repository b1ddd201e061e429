package dev.berth.tui.cli;

import java.util.HashSet;
import java.util.Set;

/**
 * The plain {@code berth [--demo] [--profile P] [--region R] [--endpoint-url U] [--read-only]
 * [--cluster C [--service S]]} command line, read without picocli: picocli's command model costs
 * about an eighth of a second at start (its classes are too old a class-file version for the JDK's
 * AOT cache), and this is the command a person types at 3 a.m. Anything else (a subcommand, help,
 * a bad or unknown flag) is left to picocli, which owns the messages. A test keeps the option
 * names equal to the ones picocli declares on {@code berth}.
 *
 * @param connection the AWS context flags
 * @param cluster    {@code --cluster}, or null
 * @param service    {@code --service}, or null
 */
public record TuiArguments(ConnectionOptions connection, String cluster, String service) {
    /** Flags that take no value. */
    public static final Set<String> SWITCHES = Set.of("--demo", "--read-only");
    /** Flags that take one value, as {@code --flag value} or {@code --flag=value}. */
    public static final Set<String> VALUED = Set.of("--profile", "--region", "--endpoint-url", "--cluster", "--service");

    /** The arguments read, or null when they are not this simple form (picocli then reads them). */
    public static TuiArguments parse(String[] args) {
        String profile = null;
        String region = null;
        String endpoint = null;
        String cluster = null;
        String service = null;
        boolean readOnly = false;
        boolean demo = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!seen.add(name)) {
                return null; // picocli says "should be specified only once"
            }
            if (SWITCHES.contains(name) && value == null) {
                readOnly |= name.equals("--read-only");
                demo |= name.equals("--demo");
                continue;
            }
            if (!VALUED.contains(name)) {
                return null;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return null;
                }
                value = args[++i];
            }
            switch (name) {
                case "--profile" -> profile = value;
                case "--region" -> region = value;
                case "--endpoint-url" -> endpoint = value;
                case "--cluster" -> cluster = value;
                default -> service = value;
            }
        }
        return new TuiArguments(ConnectionOptions.of(profile, region, endpoint, readOnly, demo), cluster, service);
    }
}
