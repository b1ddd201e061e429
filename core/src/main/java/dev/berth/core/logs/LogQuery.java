package dev.berth.core.logs;

import java.time.Duration;
import java.time.Instant;

/**
 * Which logs to show: one task, one container of it, or a whole service merged.
 *
 * @param cluster       cluster name or ARN
 * @param service       service name; with {@code taskId} null, every task of the service merged
 * @param taskId        one task, or null
 * @param container     one container of that task, or null for all
 * @param since         how far back to start (1m, 5m, 15m, 1h or custom); ignored when {@code from} is set
 * @param from          absolute start, or null
 * @param filterPattern CloudWatch filter pattern, sent to the server; null or blank for none
 * @param regex         applied locally after the server's filter; null for none
 * @param follow        keep tailing new lines
 */
public record LogQuery(String cluster, String service, String taskId, String container, Duration since,
                       Instant from, String filterPattern, String regex, boolean follow) {
    public LogQuery {
        if (cluster == null || (service == null && taskId == null)) {
            throw new IllegalArgumentException("logs need a cluster and a service or a task");
        }
        since = since == null ? Duration.ofMinutes(15) : since;
    }

    public static LogQuery service(String cluster, String service) {
        return new LogQuery(cluster, service, null, null, Duration.ofMinutes(15), null, null, null, true);
    }

    public static LogQuery task(String cluster, String service, String taskId) {
        return new LogQuery(cluster, service, taskId, null, Duration.ofMinutes(15), null, null, null, true);
    }

    public LogQuery withSince(Duration d) {
        return new LogQuery(cluster, service, taskId, container, d, null, filterPattern, regex, follow);
    }

    public LogQuery withFilterPattern(String p) {
        return new LogQuery(cluster, service, taskId, container, since, from, p, regex, follow);
    }

    public LogQuery withRegex(String r) {
        return new LogQuery(cluster, service, taskId, container, since, from, filterPattern, r, follow);
    }

    public LogQuery withContainer(String c) {
        return new LogQuery(cluster, service, taskId, c, since, from, filterPattern, regex, follow);
    }

    public LogQuery withFollow(boolean f) {
        return new LogQuery(cluster, service, taskId, container, since, from, filterPattern, regex, f);
    }
}
