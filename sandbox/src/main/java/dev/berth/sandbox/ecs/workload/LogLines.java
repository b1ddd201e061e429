package dev.berth.sandbox.ecs.workload;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What one kind of container prints: access log lines for web servers, JSON lines with a level for
 * APIs, plain text for workers, plus start-up banners, graceful shutdowns and the multi-line Java
 * stack traces that precede a crash (each line its own event, as the awslogs driver sends them).
 */
public final class LogLines {
    private static final DateTimeFormatter NGINX_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NGINX_NOTICE_TIME =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TEXT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] PATHS = {"/", "/health", "/products", "/products/%d", "/cart", "/api/orders/%d",
            "/static/app.%x.js", "/static/styles.%x.css", "/login", "/search?q=shoes&page=%d", "/checkout"};
    private static final String[] AGENTS = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
            "ELB-HealthChecker/2.0", "curl/8.5.0"};
    private final String app;
    private final String pkg;
    private final String mainClass;
    /** What its JSON lines talk about: "orders" for orders-api. */
    private final String resource;
    private final String resourceClass;
    private final LogStyle style;
    private final double errorRate;

    /**
     * @param app       the application name, as the task definition family or container name says
     * @param style     how its lines look
     * @param errorRate share of lines that report a failed request
     */
    public LogLines(String app, LogStyle style, double errorRate) {
        this.app = app;
        this.style = style;
        this.errorRate = errorRate;
        String words = app.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        String first = words.isEmpty() ? "app" : words.split(" ")[0];
        this.pkg = "com.example." + first;
        StringBuilder camel = new StringBuilder();
        for (String w : (words.isEmpty() ? "app" : words).split(" ")) {
            camel.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        this.mainClass = camel + "Application";
        this.resource = app.replaceAll("-?(api|service|svc)$", "");
        this.resourceClass = capitalised(resource);
    }

    public LogStyle style() {
        return style;
    }

    /** One ordinary line at {@code millis}. */
    public String line(SplittableRandom r, long millis) {
        return switch (style) {
            case ACCESS -> access(r, millis);
            case JSON -> json(r, millis);
            case TEXT, NONE -> text(r, millis);
        };
    }

    /** What the container prints while it starts. */
    public List<String> startup(long millis, String version) {
        Instant t = Instant.ofEpochMilli(millis);
        return switch (style) {
            case ACCESS -> List.of(
                    "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
                    "/docker-entrypoint.sh: Configuration complete; ready for start up",
                    NGINX_NOTICE_TIME.format(t) + " [notice] 1#1: nginx/1.27.0",
                    NGINX_NOTICE_TIME.format(t) + " [notice] 1#1: start worker processes");
            case JSON -> List.of(
                    jsonLine(t, "INFO", pkg + "." + mainClass, "main",
                            "Starting " + mainClass + " v" + version + " using Java 21.0.4 with PID 1"),
                    jsonLine(t, "INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "main",
                            "Tomcat started on port 8080 (http) with context path '/'"),
                    jsonLine(t, "INFO", pkg + "." + mainClass, "main",
                            "Started " + mainClass + " in 6.2 seconds (process running for 7.0)"));
            case TEXT -> List.of(
                    textLine(t, "INFO", "main", pkg + "." + mainClass, "Starting " + mainClass + " v" + version),
                    textLine(t, "INFO", "main", pkg + ".QueueConsumer", "Subscribed to queue " + app + "-jobs"));
            case NONE -> List.of();
        };
    }

    /** What the container prints on SIGTERM before it exits. */
    public List<String> shutdown(long millis) {
        Instant t = Instant.ofEpochMilli(millis);
        return switch (style) {
            case ACCESS -> List.of(NGINX_NOTICE_TIME.format(t) + " [notice] 1#1: signal 15 (SIGTERM) received, exiting",
                    NGINX_NOTICE_TIME.format(t) + " [notice] 1#1: exit");
            case JSON -> List.of(jsonLine(t, "INFO", "o.s.b.w.e.tomcat.GracefulShutdown", "SpringApplicationShutdownHook",
                    "Commencing graceful shutdown. Waiting for active requests to complete"),
                    jsonLine(t, "INFO", "o.s.b.w.e.tomcat.GracefulShutdown", "tomcat-shutdown", "Graceful shutdown complete"));
            case TEXT -> List.of(textLine(t, "INFO", "SpringApplicationShutdownHook", pkg + ".QueueConsumer",
                    "Shutdown requested, finishing the current batch"));
            case NONE -> List.of();
        };
    }

    /** The uncaught exception a crashing JVM prints: a header line, then one line per frame. */
    public List<String> crash(long millis) {
        Instant t = Instant.ofEpochMilli(millis);
        List<String> out = new ArrayList<>();
        out.add(textLine(t, "ERROR", "main", "o.s.boot.SpringApplication", "Application run failed"));
        out.add("java.lang.IllegalStateException: Failed to initialise " + app + ": required setting "
                + app.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "_DB_URL is not set");
        out.add("\tat " + pkg + ".config.DataSourceConfig.dataSource(DataSourceConfig.java:42)");
        out.add("\tat " + pkg + "." + mainClass + ".run(" + mainClass + ".java:31)");
        out.add("\tat org.springframework.boot.SpringApplication.callRunner(SpringApplication.java:786)");
        out.add("\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:335)");
        out.add("\tat " + pkg + "." + mainClass + ".main(" + mainClass + ".java:18)");
        out.add("Caused by: java.net.ConnectException: Connection refused");
        out.add("\tat java.base/sun.nio.ch.Net.connect0(Native Method)");
        out.add("\tat java.base/sun.nio.ch.Net.connect(Net.java:589)");
        out.add("\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)");
        out.add("\t... 12 common frames omitted");
        return out;
    }

    /** What a container prints as its memory runs out, before the kernel kills it. */
    public List<String> memoryPressure(long millis, int percent) {
        Instant t = Instant.ofEpochMilli(millis);
        String message = "Heap usage at " + percent + "% of max after full GC; allocation rate is high";
        return switch (style) {
            case JSON -> List.of(jsonLine(t, "WARN", "c.e.monitoring.MemoryWatchdog", "memory-watchdog", message));
            case ACCESS, TEXT, NONE -> List.of(textLine(t, "WARN", "memory-watchdog", pkg + ".MemoryWatchdog", message));
        };
    }

    private String access(SplittableRandom r, long millis) {
        String path = String.format(Locale.ROOT, PATHS[r.nextInt(PATHS.length)], r.nextInt(1, 99_999));
        int status;
        double roll = r.nextDouble();
        if (roll < errorRate) {
            status = r.nextBoolean() ? 502 : 500;
        } else if (roll < errorRate + 0.02) {
            status = 404;
        } else if (roll < errorRate + 0.08) {
            status = 304;
        } else {
            status = 200;
        }
        String ip = "10.0." + r.nextInt(0, 48) + "." + r.nextInt(2, 254);
        String method = path.startsWith("/checkout") || path.startsWith("/cart") && r.nextBoolean() ? "POST" : "GET";
        return ip + " - - [" + NGINX_TIME.format(Instant.ofEpochMilli(millis)) + "] \"" + method + " " + path
                + " HTTP/1.1\" " + status + " " + (status == 304 ? 0 : r.nextInt(120, 48_000)) + " \"-\" \""
                + AGENTS[r.nextInt(AGENTS.length)] + "\"";
    }

    private String json(SplittableRandom r, long millis) {
        Instant t = Instant.ofEpochMilli(millis);
        int id = r.nextInt(1000, 99_999);
        int ms = r.nextInt(3, 180);
        double roll = r.nextDouble();
        if (roll < errorRate) {
            String message = r.nextBoolean()
                    ? "Request failed: upstream timed out after 5000 ms (GET /" + resource + "/" + id + ")"
                    : "Unhandled exception on POST /" + resource + ": java.lang.NullPointerException (request id " + id + ")";
            return jsonLine(t, "ERROR", pkg + ".web.ErrorHandler", thread(r), message);
        }
        if (roll < errorRate * 5 + 0.03) {
            String message = switch (r.nextInt(3)) {
                case 0 -> "Slow query on " + resource + " took " + (ms * 15) + " ms";
                case 1 -> "Retrying call to inventory-service (attempt 2 of 3) after " + (ms * 5) + " ms";
                default -> "Connection pool " + resource + "-db is 90% busy (" + r.nextInt(45, 50) + " of 50 in use)";
            };
            return jsonLine(t, "WARN", pkg + ".repository." + resourceClass + "Repository", thread(r), message);
        }
        String message = switch (r.nextInt(4)) {
            case 0 -> "GET /" + resource + "/" + id + " 200 in " + ms + " ms";
            case 1 -> "POST /" + resource + " 201 in " + ms + " ms";
            case 2 -> "Cache hit ratio " + r.nextInt(70, 99) + "% over the last minute";
            default -> "Published event " + resource + ".updated id=" + id;
        };
        return jsonLine(t, "INFO", pkg + ".web." + resourceClass + "Controller", thread(r), message);
    }

    private String text(SplittableRandom r, long millis) {
        Instant t = Instant.ofEpochMilli(millis);
        if (r.nextDouble() < errorRate) {
            return textLine(t, "ERROR", "worker-" + r.nextInt(1, 5), pkg + ".JobRunner",
                    "Job " + r.nextInt(10_000, 99_999) + " failed and will be retried: timeout reading from S3");
        }
        return textLine(t, "INFO", "worker-" + r.nextInt(1, 5), pkg + ".JobRunner",
                "Processed batch " + r.nextInt(10_000, 99_999) + " (" + r.nextInt(50, 500) + " records) in "
                        + r.nextInt(80, 2500) + " ms");
    }

    private static String thread(SplittableRandom r) {
        return "http-nio-8080-exec-" + r.nextInt(1, 11);
    }

    private static String capitalised(String s) {
        String clean = s.replaceAll("[^A-Za-z0-9]", "");
        return clean.isEmpty() ? "App" : Character.toUpperCase(clean.charAt(0)) + clean.substring(1);
    }

    private static String jsonLine(Instant t, String level, String logger, String thread, String message) {
        return "{\"@timestamp\":\"" + t + "\",\"level\":\"" + level + "\",\"logger\":\"" + logger
                + "\",\"thread\":\"" + thread + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}";
    }

    private static String textLine(Instant t, String level, String thread, String logger, String message) {
        return TEXT_TIME.format(t) + " " + String.format(Locale.ROOT, "%5s", level) + " 1 --- [" + thread + "] "
                + logger + " : " + message;
    }
}
