package dev.berth.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

/**
 * The two AWS CLIs on this machine, run as processes against the sandbox: {@code /usr/bin/aws}
 * (v2.9, which speaks awsQuery to CloudWatch) and the pyenv {@code aws} (v1 on botocore 1.43). Of
 * the protocols CloudWatch's model offers, botocore 1.43 prefers awsJson 1.0; to have real botocore
 * code speak Smithy RPC v2 CBOR too, the third run gives the v1 CLI a copy of the CloudWatch model
 * that offers only CBOR (through {@code AWS_DATA_PATH}). Each is skipped, saying why, where it is
 * not installed.
 */
class LogsMetricsAwsCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = System.currentTimeMillis() - 120_000;
    private static final Instant MINUTE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minusSeconds(600);
    private static Sandbox sandbox;

    /** Which CLI, and how to tell its CloudWatch requests apart in {@code --debug} output. */
    enum Cli {
        V2_QUERY("aws-cli/2.", "'Action': 'PutMetricData'"),
        V1_JSON("aws-cli/1.", "'X-Amz-Target': 'GraniteServiceVersion20100801.PutMetricData', 'Content-Type': 'application/x-amz-json-1.0'"),
        V1_CBOR("aws-cli/1.", "url=http://127.0.0.1:" /* completed with the port and path in the test */);

        private final String versionPrefix;
        private final String cloudWatchWireMark;

        Cli(String versionPrefix, String cloudWatchWireMark) {
            this.versionPrefix = versionPrefix;
            this.cloudWatchWireMark = cloudWatchWireMark;
        }

        String wireMark() {
            return this == V1_CBOR
                    ? cloudWatchWireMark + sandbox.endpoint().getPort() + "/service/GraniteServiceVersion20100801/operation/PutMetricData"
                    : cloudWatchWireMark;
        }

        /** The executable, or empty: /usr/bin/aws for v2; for v1 the first {@code aws} on PATH or the pyenv shim. */
        Optional<String> find() {
            List<String> candidates = new ArrayList<>();
            if (this == V2_QUERY) {
                candidates.add("/usr/bin/aws");
            } else {
                for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                    candidates.add(dir + "/aws");
                }
                candidates.add(System.getProperty("user.home") + "/.pyenv/shims/aws");
            }
            return candidates.stream().filter(c -> Files.isExecutable(Path.of(c)))
                    .filter(c -> version(c).startsWith(versionPrefix)).findFirst();
        }

        private static String version(String executable) {
            try {
                return run(List.of(executable, "--version"), Map.of()).out().trim();
            } catch (RuntimeException e) {
                return "";
            }
        }
    }

    private record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + out + "\nstderr: " + err, e);
            }
        }
    }

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty"));
        try (CloudWatchLogsClient logs = new SandboxClients(sandbox.endpoint()).logs()) {
            for (Cli cli : List.of(Cli.V2_QUERY, Cli.V1_JSON)) {
                String group = "/cli/" + cli.name().toLowerCase();
                logs.createLogGroup(b -> b.logGroupName(group));
                logs.createLogStream(b -> b.logGroupName(group).logStreamName("app"));
                logs.putLogEvents(b -> b.logGroupName(group).logStreamName("app").logEvents(
                        event(T0, "{\"level\":\"INFO\",\"msg\":\"started\"}"),
                        event(T0 + 1, "{\"level\":\"ERROR\",\"msg\":\"connection reset\"}"),
                        event(T0 + 2, "plain ERROR line")));
            }
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static InputLogEvent event(long ts, String message) {
        return InputLogEvent.builder().timestamp(ts).message(message).build();
    }

    private static String executable(Cli cli) {
        Optional<String> found = cli.find();
        Assumptions.assumeTrue(found.isPresent(), () -> cli == Cli.V2_QUERY
                ? "AWS CLI v2 not installed at /usr/bin/aws (Debian package awscli); skipping its awsQuery checks"
                : "AWS CLI v1 (pyenv aws, botocore 1.43) not found on PATH or at ~/.pyenv/shims/aws; skipping " + cli);
        return found.get();
    }

    private static Result aws(Cli cli, String... args) {
        List<String> command = new ArrayList<>(List.of(executable(cli), "--endpoint-url", sandbox.endpoint().toString(),
                "--region", "us-east-1", "--output", "json"));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(Map.of(
                "AWS_ACCESS_KEY_ID", "x", "AWS_SECRET_ACCESS_KEY", "y", "AWS_PAGER", "",
                "AWS_CONFIG_FILE", "/nonexistent/berth-test-config",
                "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/berth-test-credentials"));
        if (cli == Cli.V1_CBOR) {
            env.put("AWS_DATA_PATH", cborOnlyModel().toString());
        }
        return run(command, env);
    }

    /**
     * A botocore data directory whose CloudWatch model offers only Smithy RPC v2 CBOR, made from the
     * installed botocore's own model; skips the caller if that model cannot be found.
     */
    private static synchronized Path cborOnlyModel() {
        Path dir = Path.of("target", "botocore-cbor-only").toAbsolutePath();
        Path model = dir.resolve("cloudwatch/2010-08-01/service-2.json");
        if (Files.exists(model)) {
            return dir;
        }
        Optional<Path> original = installedCloudWatchModel();
        Assumptions.assumeTrue(original.isPresent(), "botocore's CloudWatch model not found under ~/.pyenv/versions; "
                + "skipping the CBOR run of the v1 CLI");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(original.get()))) {
            ObjectNode tree = (ObjectNode) JSON.readTree(in);
            ObjectNode metadata = (ObjectNode) tree.get("metadata");
            metadata.put("protocol", "smithy-rpc-v2-cbor");
            metadata.putArray("protocols").add("smithy-rpc-v2-cbor");
            Files.createDirectories(model.getParent());
            JSON.writeValue(model.toFile(), tree);
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the CBOR-only CloudWatch model: " + e.getMessage(), e);
        }
    }

    /** {@code ~/.pyenv/versions/<v>/lib/python<x>/site-packages/botocore/data/cloudwatch/2010-08-01/service-2.json.gz}. */
    private static Optional<Path> installedCloudWatchModel() {
        Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> pythons = Files.list(versions)) {
            return pythons.flatMap(LogsMetricsAwsCliIT::libPythons)
                    .map(lib -> lib.resolve("site-packages/botocore/data/cloudwatch/2010-08-01/service-2.json.gz"))
                    .filter(Files::isRegularFile)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Stream<Path> libPythons(Path version) {
        try (Stream<Path> libs = Files.list(version.resolve("lib"))) {
            return libs.filter(p -> p.getFileName().toString().startsWith("python")).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static Result run(List<String> command, Map<String, String> env) {
        try {
            Path out = Files.createTempFile("aws-cli", ".out");
            Path err = Files.createTempFile("aws-cli", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Result ok(Result r) {
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isZero();
        return r;
    }

    @ParameterizedTest
    @EnumSource(value = Cli.class, names = {"V2_QUERY", "V1_JSON"})
    void logsCommands(Cli cli) {
        String group = "/cli/" + cli.name().toLowerCase();
        JsonNode groups = ok(aws(cli, "logs", "describe-log-groups", "--log-group-name-prefix", group)).json();
        assertThat(groups.get("logGroups").get(0).get("logGroupName").asText()).isEqualTo(group);

        JsonNode filtered = ok(aws(cli, "logs", "filter-log-events", "--log-group-name", group,
                "--filter-pattern", "{ $.level = \"ERROR\" }")).json();
        assertThat(filtered.get("events")).hasSize(1);
        assertThat(filtered.get("events").get(0).get("message").asText()).contains("connection reset");

        JsonNode events = ok(aws(cli, "logs", "get-log-events", "--log-group-name", group, "--log-stream-name", "app",
                "--start-from-head")).json();
        assertThat(events.get("events")).hasSize(3);
        assertThat(events.get("events").get(2).get("message").asText()).isEqualTo("plain ERROR line");
        assertThat(events.get("nextForwardToken").asText()).startsWith("f/");

        Result missing = aws(cli, "logs", "get-log-events", "--log-group-name", "/cli/none", "--log-stream-name", "app");
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("ResourceNotFoundException").contains("The specified log group does not exist.");
    }

    @ParameterizedTest
    @EnumSource(Cli.class)
    void cloudWatchCommandsInTheCliOwnProtocol(Cli cli) {
        String ns = "Cli/" + cli.name();
        String datum = "{\"MetricName\":\"Hits\",\"Dimensions\":[{\"Name\":\"Service\",\"Value\":\"web\"}],"
                + "\"Unit\":\"Count\",\"Timestamp\":\"%s\",\"Value\":%d}";
        Result put = ok(aws(cli, "--debug", "cloudwatch", "put-metric-data", "--namespace", ns, "--metric-data",
                "[" + datum.formatted(MINUTE, 5) + "," + datum.formatted(MINUTE.plusSeconds(30), 7) + "]"));
        assertThat(put.err()).as("the wire protocol this CLI chose").contains(cli.wireMark());

        JsonNode stats = ok(aws(cli, "cloudwatch", "get-metric-statistics", "--namespace", ns, "--metric-name", "Hits",
                "--dimensions", "Name=Service,Value=web", "--start-time", MINUTE.toString(),
                "--end-time", MINUTE.plusSeconds(120).toString(), "--period", "60", "--statistics", "Sum", "Maximum")).json();
        assertThat(stats.get("Label").asText()).isEqualTo("Hits");
        JsonNode point = stats.get("Datapoints").get(0);
        assertThat(point.get("Sum").asDouble()).isEqualTo(12.0);
        assertThat(point.get("Maximum").asDouble()).isEqualTo(7.0);
        assertThat(point.get("Unit").asText()).isEqualTo("Count");

        String queries = "[{\"Id\":\"hits\",\"MetricStat\":{\"Metric\":{\"Namespace\":\"" + ns + "\",\"MetricName\":\"Hits\","
                + "\"Dimensions\":[{\"Name\":\"Service\",\"Value\":\"web\"}]},\"Period\":60,\"Stat\":\"Average\"}},"
                + "{\"Id\":\"twice\",\"Expression\":\"hits * 2\"}]";
        JsonNode data = ok(aws(cli, "cloudwatch", "get-metric-data", "--metric-data-queries", queries,
                "--start-time", MINUTE.toString(), "--end-time", MINUTE.plusSeconds(120).toString())).json();
        JsonNode results = data.get("MetricDataResults");
        assertThat(results.get(0).get("Values").get(0).asDouble()).isEqualTo(6.0);
        assertThat(results.get(1).get("Values").get(0).asDouble()).isEqualTo(12.0);
        assertThat(results.get(1).get("StatusCode").asText()).isEqualTo("Complete");

        JsonNode metrics = ok(aws(cli, "cloudwatch", "list-metrics", "--namespace", ns)).json();
        assertThat(metrics.get("Metrics")).hasSize(1);
        assertThat(metrics.get("Metrics").get(0).get("Dimensions").get(0).get("Value").asText()).isEqualTo("web");

        Result refused = aws(cli, "cloudwatch", "put-metric-data", "--namespace", "AWS/ECS", "--metric-name", "x", "--value", "1");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("(InvalidParameterValue)").contains("The value AWS/ECS for parameter Namespace is invalid.");
    }
}
