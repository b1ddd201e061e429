package dev.berth.core.context;

import dev.berth.core.BerthException;
import dev.berth.core.config.BerthPaths;
import dev.berth.core.watch.Problem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;

/**
 * Works out profile, region and endpoint the way the AWS CLI does, without touching the network:
 * {@code --profile} over {@code AWS_PROFILE} over {@code default}; {@code --region} over
 * {@code AWS_REGION}/{@code AWS_DEFAULT_REGION} over the profile's {@code region};
 * {@code --endpoint-url} over {@code AWS_ENDPOINT_URL} over the profile's {@code endpoint_url}.
 * Problems a person can fix before any call (unknown profile, missing or invalid region, a profile
 * without any credentials) fail here with one line.
 */
public final class ContextResolver {
    private static final Pattern REGION_FORM = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final Set<String> CREDENTIAL_KEYS = Set.of("aws_access_key_id", "sso_start_url", "sso_session",
            "credential_process", "role_arn", "web_identity_token_file", "credential_source");
    private static final String SANDBOX_REGION = "us-east-1";
    /** Variables through which the SDK's default chain can find credentials without any profile file. */
    private static final List<String> ENV_CREDENTIALS = List.of("AWS_ACCESS_KEY_ID", "AWS_WEB_IDENTITY_TOKEN_FILE",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI");

    private final Map<String, String> env;
    private final Path home;

    public ContextResolver(Map<String, String> env, Path home) {
        this.env = env;
        this.home = home;
    }

    /** Resolves against the process environment and ~/.aws. */
    public static ContextResolver system() {
        return new ContextResolver(System.getenv(), BerthPaths.home(System.getenv()));
    }

    public ResolvedContext resolve(ConnectOptions options) {
        ProfileFile files = profileFile();
        boolean explicit = options.profile() != null && !options.profile().isBlank();
        String profileName = explicit ? options.profile().trim() : blankToNull(env.get("AWS_PROFILE"));
        Optional<Profile> profile = Optional.empty();
        if (!options.sandbox()) {
            if (profileName != null) {
                profile = files.profile(profileName);
                if (profile.isEmpty()) {
                    throw new BerthException(Problem.Kind.INVALID, "unknown profile '" + profileName + "'"
                            + knownProfiles(files) + " (see " + configPath() + ")", null);
                }
                checkHasCredentials(profile.get(), explicit);
            } else {
                profile = files.profile("default");
            }
        }
        if (!options.sandbox() && profile.isEmpty() && files.profiles().isEmpty() && noCredentialsInEnvironment()
                && firstNonBlank(options.region(), env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION")) == null) {
            // A first run on a machine without any AWS set-up: say that, not "no region".
            throw new BerthException(Problem.Kind.NO_CREDENTIALS, "no AWS credentials found (no " + configPath()
                    + ", no AWS_ACCESS_KEY_ID): run aws configure or aws sso login, or try berth --demo", null);
        }
        String region = region(options, profile);
        URI endpoint = endpoint(options, profile);
        boolean sso = profile.map(p -> p.property("sso_start_url").isPresent() || p.property("sso_session").isPresent())
                .orElse(false);
        return new ResolvedContext(options.sandbox() ? null : profileName, explicit, sso, region, endpoint,
                options.sandbox(), options.readOnly(), files);
    }

    private boolean noCredentialsInEnvironment() {
        return ENV_CREDENTIALS.stream().allMatch(name -> blankToNull(env.get(name)) == null);
    }

    /** Every profile of ~/.aws/config and credentials, by name, each with its own region (a context switcher lists them). */
    public List<AwsProfile> profiles() {
        return profileFile().profiles().values().stream()
                .map(p -> new AwsProfile(p.name(), p.property("region").orElse(null)))
                .sorted(Comparator.comparing(AwsProfile::name))
                .toList();
    }

    /** The regions the SDK knows, sorted (a context switcher lists them). */
    public static List<String> regions() {
        return Region.regions().stream().map(Region::id).filter(REGION_FORM.asMatchPredicate()).sorted().toList();
    }

    private void checkHasCredentials(Profile profile, boolean explicit) {
        boolean envKeys = !explicit && env.get("AWS_ACCESS_KEY_ID") != null;
        if (!envKeys && profile.properties().keySet().stream().noneMatch(CREDENTIAL_KEYS::contains)) {
            throw new BerthException(Problem.Kind.NO_CREDENTIALS, "profile '" + profile.name()
                    + "' has no credentials (no keys, sso, credential_process or role_arn): run aws configure --profile "
                    + profile.name() + ", or try berth --demo", null);
        }
    }

    private String region(ConnectOptions options, Optional<Profile> profile) {
        String region = firstNonBlank(options.region(), env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION"),
                profile.flatMap(p -> p.property("region")).orElse(null));
        if (region == null) {
            if (options.sandbox()) {
                return SANDBOX_REGION;
            }
            throw new BerthException(Problem.Kind.INVALID, "no region: pass --region, set AWS_REGION, or add region to profile "
                    + (profile.map(Profile::name).orElse("default")) + " in " + configPath(), null);
        }
        if (!REGION_FORM.matcher(region).matches()) {
            throw new BerthException(Problem.Kind.INVALID, "invalid region '" + region + "' (regions look like eu-west-1)", null);
        }
        boolean custom = options.endpoint() != null || options.sandbox();
        if (!custom && !Region.regions().contains(Region.of(region))) {
            throw new BerthException(Problem.Kind.INVALID, "unknown region '" + region + "'" + suggestion(region), null);
        }
        return region;
    }

    private URI endpoint(ConnectOptions options, Optional<Profile> profile) {
        if (options.endpoint() != null) {
            return checkEndpoint(options.endpoint().toString());
        }
        String text = firstNonBlank(env.get("AWS_ENDPOINT_URL"), profile.flatMap(p -> p.property("endpoint_url")).orElse(null));
        return text == null ? null : checkEndpoint(text);
    }

    private static URI checkEndpoint(String text) {
        try {
            URI uri = URI.create(text.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BerthException(Problem.Kind.INVALID, "invalid endpoint '" + text + "' (expected http(s)://host[:port])", null);
    }

    private ProfileFile profileFile() {
        ProfileFile.Aggregator all = ProfileFile.aggregator();
        add(all, configPath(), ProfileFile.Type.CONFIGURATION);
        add(all, credentialsPath(), ProfileFile.Type.CREDENTIALS);
        return all.build();
    }

    private static void add(ProfileFile.Aggregator all, Path file, ProfileFile.Type type) {
        if (Files.isRegularFile(file)) {
            all.addFile(ProfileFile.builder().content(file).type(type).build());
        }
    }

    Path configPath() {
        String v = blankToNull(env.get("AWS_CONFIG_FILE"));
        return v != null ? Path.of(v) : home.resolve(".aws/config");
    }

    private Path credentialsPath() {
        String v = blankToNull(env.get("AWS_SHARED_CREDENTIALS_FILE"));
        return v != null ? Path.of(v) : home.resolve(".aws/credentials");
    }

    private static String knownProfiles(ProfileFile files) {
        Set<String> names = new TreeSet<>(files.profiles().keySet());
        return names.isEmpty() ? " (no profiles are configured)" : " (profiles: " + String.join(", ", names) + ")";
    }

    private static String suggestion(String region) {
        List<String> known = Region.regions().stream().map(Region::id).filter(REGION_FORM.asMatchPredicate()).toList();
        return known.stream().min(Comparator.comparingInt(k -> distance(k, region)))
                .filter(k -> distance(k, region) <= 3)
                .map(k -> " (did you mean " + k + "?)").orElse("");
    }

    /** Levenshtein distance, for "did you mean". */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
