package dev.berth.tui.details;

import dev.berth.core.model.Alarm;
import dev.berth.core.model.CapacityProviderShare;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentSettings;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.NetworkSettings;
import dev.berth.core.model.Rightsizing;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceConnectSettings;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskSet;
import dev.berth.tui.nav.Place;
import dev.berth.tui.services.ServiceHealth;
import dev.berth.tui.ui.Document;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A service's details page: one document in sections an operator jumps between, each filled from
 * its own slice as it arrives. Pure: the same picture, time and reveal flag give the same text.
 */
public final class ServiceDocument {
    /** Section names, in order; the title line lists them and triage opens some by name. */
    public static final String OVERVIEW = "service";
    public static final String ROLLOUT = "rollout";
    public static final String BALANCING = "lb";
    public static final String DISCOVERY = "discovery";
    public static final String NETWORK = "network";
    public static final String DEFINITION = "taskdef";
    public static final String METRICS = "metrics";
    public static final String ALARMS = "alarms";
    public static final String COST = "cost";
    public static final String EVENTS = "events";
    private static final int EVENTS_SHOWN = 15;

    private ServiceDocument() {
    }

    /** The page, masked, with its revealed variant when the task definition has masked values. */
    public static Document of(ServicePicture p, Instant now) {
        return DefinitionSection.page(reveal -> render(p, now, reveal), p.taskDefinition().value(), p.fetchedAt());
    }

    static Document render(ServicePicture p, Instant now, boolean reveal) {
        Document.Builder b = Document.builder();
        Service s = p.service().value();
        b.section(OVERVIEW, StyledLine.builder().add(" Service " + p.name(), Tone.HEADER)
                .add(s == null ? "" : "  " + ServiceHealth.mark(s), ServiceHealth.tone(s))
                .add("  in " + p.clusterName(), Tone.DIM).build());
        if (Parts.ready(b, p.service(), now)) {
            overview(b, s, p.tasks().value(), now);
        }
        rollout(b, p, now);
        balancing(b, p, now);
        discovery(b, p, now);
        network(b, p, now);
        b.section(DEFINITION, "Task definition");
        if (s != null && ServicePicture.definitionArn(s) == null) {
            b.note("none named by the service or a primary task set");
        } else if (Parts.ready(b, p.taskDefinition(), now)) {
            DefinitionSection.add(b, p.taskDefinition().value(), reveal);
        }
        metrics(b, p, now);
        alarms(b, p, now);
        cost(b, p, now);
        b.section(EVENTS, "Events");
        if (s != null) {
            s.events().stream().sorted(Comparator.comparing(ServiceEvent::at).reversed()).limit(EVENTS_SHOWN)
                    .forEach(e -> b.add(StyledLine.builder().add("  " + Text.dateTime(e.at()) + "  ", Tone.DIM)
                            .add(e.message().replaceFirst("^\\(service [^)]*\\) ", ""), eventTone(e.message())).build()));
            if (s.events().isEmpty()) {
                b.note("none");
            }
        }
        return b.build();
    }

    private static Tone eventTone(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("unable") || m.contains("failed") || m.contains("unhealthy") || m.contains("error") ? Tone.BAD : Tone.NORMAL;
    }

    private static void overview(Document.Builder b, Service s, List<Task> tasks, Instant now) {
        b.kv("ARN", s.arn(), Tone.DIM);
        b.kv("Status", s.status());
        b.kv("Desired/running/pending", s.desiredCount() + " / " + s.runningCount() + " / " + s.pendingCount(), ServiceHealth.tone(s));
        b.kv("Task definition", s.revision() != null ? s.revision()
                : s.primaryTaskSet() != null ? s.primaryTaskSet().revision() + " (primary task set)" : null);
        if (s.launchType() != null) {
            b.kv("Launch type", s.launchType());
        } else if (!s.capacityProviders().isEmpty()) {
            b.kv("Capacity providers", s.capacityProviders().stream().map(ServiceDocument::share).collect(Collectors.joining(" · ")));
        } else {
            b.kv("Launch type", "the cluster's default capacity provider strategy", Tone.DIM);
        }
        if (tasks != null) {
            Map<String, Long> where = new TreeMap<>(tasks.stream().filter(Task::running)
                    .collect(Collectors.groupingBy(t -> t.capacityProvider() != null ? t.capacityProvider()
                            : Text.orDash(t.launchType()), Collectors.counting())));
            if (!where.isEmpty()) {
                b.kv("Running on", where.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(" · ")));
            }
        }
        b.kv("Deployment controller", controller(s));
        if (s.deploymentSettings() != null && !blueGreen(s)) {
            DeploymentSettings d = s.deploymentSettings();
            b.kv("Rolling update", "min " + d.minimumHealthyPercent() + "% max " + d.maximumPercent() + "%, circuit breaker "
                    + (d.circuitBreaker() ? "on" + (d.rollback() ? " with rollback" : "") : "off"));
        }
        b.kv("Health check grace", s.healthCheckGracePeriodSeconds() == null ? "none" : s.healthCheckGracePeriodSeconds() + " s");
        b.kv("Created", Text.dateTime(s.createdAt()) + " (" + Text.age(s.createdAt(), now) + " ago)");
        if (!s.tags().isEmpty()) {
            b.kv("Tags", new TreeMap<>(s.tags()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("  ")), Tone.DIM);
        }
    }

    static String share(CapacityProviderShare c) {
        return c.provider() + " (weight " + c.weight() + (c.base() > 0 ? ", base " + c.base() : "") + ")";
    }

    private static boolean blueGreen(Service s) {
        return "CODE_DEPLOY".equals(s.deploymentController()) || "EXTERNAL".equals(s.deploymentController());
    }

    private static String controller(Service s) {
        String c = s.deploymentController() == null ? "ECS" : s.deploymentController();
        return switch (c) {
            case "ECS" -> "ECS (rolling update)";
            case "CODE_DEPLOY" -> "CODE_DEPLOY (blue/green by CodeDeploy, in task sets)";
            case "EXTERNAL" -> "EXTERNAL (blue/green by an outside tool, in task sets)";
            default -> c;
        };
    }

    private static void rollout(Document.Builder b, ServicePicture p, Instant now) {
        Service s = p.service().value();
        if (s != null && !s.taskSets().isEmpty()) {
            b.section(ROLLOUT, StyledLine.builder().add(" Task sets", Tone.HEADER)
                    .add("  " + Parts.count(s.taskSets().size(), "task set") + ", traffic by listener weight", Tone.DIM).build());
            LoadBalancing lb = p.loadBalancing().value();
            s.taskSets().stream().sorted(Comparator.comparing((TaskSet t) -> !t.primary()).thenComparing(TaskSet::id))
                    .forEach(t -> taskSet(b, t, lb, now));
            return;
        }
        b.section(ROLLOUT, "Deployments");
        if (s == null) {
            return;
        }
        for (Deployment d : s.deployments()) {
            b.add(StyledLine.builder().add("  " + Text.padRight(d.status(), 8), Tone.STRONG)
                    .add(Text.padRight(d.revision(), 18), Tone.NORMAL)
                    .add(Text.padRight(Text.orDash(d.rolloutState()), 12), ServiceHealth.rolloutTone(d.rolloutState()))
                    .add(d.runningCount() + "/" + d.desiredCount() + " running, " + d.pendingCount() + " pending, "
                            + d.failedTasks() + " failed", Tone.NORMAL)
                    .add(d.rolloutStateReason() == null ? "" : "  " + d.rolloutStateReason(), Tone.DIM).build());
        }
    }

    private static void taskSet(Document.Builder b, TaskSet t, LoadBalancing lb, Instant now) {
        Integer traffic = lb == null ? null : lb.trafficPercent(t);
        boolean steady = "STEADY_STATE".equals(t.stabilityStatus());
        b.add(StyledLine.builder().add("  " + Text.padRight(t.status(), 9), t.primary() ? Tone.STRONG : Tone.NORMAL)
                .add(Text.padRight(t.revision(), 16), Tone.NORMAL)
                .add("scale " + Text.padRight(percent(t.scalePercent()), 6), Tone.NORMAL)
                .add("traffic " + Text.padRight(traffic == null ? "?" : traffic + "%", 6), traffic == null ? Tone.DIM : Tone.ACCENT)
                .add(t.runningCount() + "/" + t.computedDesiredCount() + " running  ", t.runningCount() < t.computedDesiredCount() ? Tone.WARN : Tone.NORMAL)
                .add(Text.orDash(t.stabilityStatus()), steady ? Tone.GOOD : Tone.WARN).build());
        b.add(StyledLine.of("    " + t.id() + (t.externalId() == null ? "" : " · external id " + t.externalId())
                + (t.launchType() != null ? " · " + t.launchType() : "")
                + (t.updatedAt() == null ? "" : " · updated " + Text.age(t.updatedAt(), now) + " ago"), Tone.DIM));
    }

    private static String percent(double v) {
        return v == Math.rint(v) ? (long) v + "%" : String.format(Locale.ROOT, "%.1f%%", v);
    }

    private static void balancing(Document.Builder b, ServicePicture p, Instant now) {
        LoadBalancing lb = p.loadBalancing().value();
        b.section(BALANCING, StyledLine.builder().add(" Load balancing", Tone.HEADER)
                .add(lb == null || !lb.balanced() || lb.healthCheckGracePeriodSeconds() == null ? ""
                        : "  grace period " + lb.healthCheckGracePeriodSeconds() + " s before ECS acts on failed checks", Tone.DIM).build());
        if (!Parts.ready(b, p.loadBalancing(), now)) {
            return;
        }
        if (!lb.balanced()) {
            b.note("not behind a load balancer");
            return;
        }
        Balancing.add(b, lb, null);
    }

    private static void discovery(Document.Builder b, ServicePicture p, Instant now) {
        b.section(DISCOVERY, "Service discovery");
        if (!Parts.ready(b, p.discovery(), now)) {
            return;
        }
        Discovery d = p.discovery().value();
        if (d.registries().isEmpty() && d.serviceConnect() == null) {
            b.note("no Cloud Map registries, no Service Connect");
            return;
        }
        Registries.add(b, d, null);
        ServiceConnectSettings sc = d.serviceConnect();
        if (sc != null) {
            b.kv("Service Connect", (sc.enabled() ? "on" : "off") + ", namespace " + Text.orDash(sc.namespace()));
            if (sc.endpoints().isEmpty()) {
                b.kv("", "client only (offers no endpoints)", Tone.DIM);
            }
            for (ServiceConnectSettings.Endpoint e : sc.endpoints()) {
                String aliases = e.clientAliases().stream().map(a -> a.dnsName() + ":" + a.port()).collect(Collectors.joining(", "));
                b.kv("", "port " + e.portName() + " as " + Text.orDash(e.discoveryName())
                        + (aliases.isEmpty() ? "" : " → clients dial " + aliases));
            }
        }
    }

    private static void network(Document.Builder b, ServicePicture p, Instant now) {
        b.section(NETWORK, "Networking");
        Service s = p.service().value();
        if (s == null) {
            return;
        }
        var td = p.taskDefinition().value();
        b.kv("Network mode", td == null ? "…" : td.networkMode());
        NetworkSettings n = s.network() != null ? s.network() : NetworkSettings.NONE;
        if (!n.subnets().isEmpty()) {
            b.kv("Subnets", String.join(", ", n.subnets()));
            b.kv("Security groups", n.securityGroups().isEmpty() ? "none" : String.join(", ", n.securityGroups()));
            b.kv("Public IP", n.assignPublicIp() ? "assigned" : "not assigned");
        } else if (!s.taskSets().isEmpty()) {
            b.kv("Subnets", "set per task set", Tone.DIM);
        }
        List<Task> running = p.tasks().value() == null ? List.of() : p.tasks().value().stream().filter(Task::running)
                .sorted(Comparator.comparing(Task::id)).toList();
        if (!running.isEmpty()) {
            // A task's subnet follows from its zone (one subnet per zone); its details page names it.
            b.add(StyledLine.of("  TASK      PRIVATE IP       ZONE          NETWORK INTERFACE", Tone.DIM));
            for (Task t : running) {
                b.add(StyledLine.builder().add("  " + Text.padRight(Place.shortId(t.id()), 10), Tone.STRONG)
                        .add(Text.padRight(Text.orDash(t.privateIp()), 17) + Text.padRight(Text.orDash(t.availabilityZone()), 14)
                                + Text.orDash(t.networkInterfaceId()), Tone.NORMAL).build());
            }
        }
    }

    private static void metrics(Document.Builder b, ServicePicture p, Instant now) {
        Cluster c = p.cluster().value();
        b.section(METRICS, StyledLine.builder().add(" Metrics", Tone.HEADER).add("  last hour, "
                + (c == null ? "…" : c.containerInsights() ? "from Container Insights" : "AWS/ECS (Container Insights is off)"),
                Tone.DIM).build());
        if (!Parts.ready(b, p.metrics(), now)) {
            return;
        }
        ServiceMetrics m = p.metrics().value();
        b.kv("CPU", stats(m.cpu()), tone(m.latestCpu()));
        b.kv("Memory", stats(m.memory()), tone(m.latestMemory()));
    }

    private static String stats(List<MetricPoint> points) {
        if (points.isEmpty()) {
            return "no data";
        }
        double avg = points.stream().mapToDouble(MetricPoint::value).average().orElse(0);
        double max = points.stream().mapToDouble(MetricPoint::value).max().orElse(0);
        return String.format(Locale.ROOT, "%.0f%% now · avg %.0f%% · max %.0f%%", points.get(points.size() - 1).value(), avg, max);
    }

    private static Tone tone(Double latest) {
        return latest == null ? Tone.DIM : latest >= 90 ? Tone.BAD : latest >= 75 ? Tone.WARN : Tone.NORMAL;
    }

    private static void alarms(Document.Builder b, ServicePicture p, Instant now) {
        List<Alarm> alarms = p.alarms().value();
        long firing = alarms == null ? 0 : alarms.stream().filter(Alarm::firing).count();
        b.section(ALARMS, StyledLine.builder().add(" CloudWatch alarms", Tone.HEADER)
                .add(firing > 0 ? "  " + firing + " in ALARM" : "", Tone.BAD).build());
        if (!Parts.ready(b, p.alarms(), now)) {
            return;
        }
        if (alarms.isEmpty()) {
            b.note("none on this service's metrics");
            return;
        }
        alarms.stream().sorted(Comparator.comparing((Alarm a) -> !a.firing()).thenComparing(Alarm::name)).forEach(a -> {
            Tone tone = a.firing() ? Tone.BAD : "OK".equals(a.state()) ? Tone.GOOD : Tone.WARN;
            b.add(StyledLine.builder().add("  " + Text.padRight(a.state(), 18), tone).add(a.name(), Tone.STRONG)
                    .add(a.stateUpdatedAt() == null ? "" : "  since " + Text.dateTime(a.stateUpdatedAt()), Tone.DIM).build());
            b.add(StyledLine.of("    " + condition(a) + (a.stateReason() == null ? "" : " · " + a.stateReason()), Tone.DIM));
        });
    }

    /** "CPUUtilization > 80 (Average of 60 s, 3 periods)". */
    static String condition(Alarm a) {
        String op = a.comparisonOperator() == null ? "?" : switch (a.comparisonOperator()) {
            case "GreaterThanThreshold" -> ">";
            case "GreaterThanOrEqualToThreshold" -> "≥";
            case "LessThanThreshold" -> "<";
            case "LessThanOrEqualToThreshold" -> "≤";
            default -> a.comparisonOperator();
        };
        String threshold = a.threshold() == null ? "?" : a.threshold() == Math.rint(a.threshold())
                ? String.valueOf(a.threshold().longValue()) : String.valueOf(a.threshold());
        return Text.orDash(a.metricName()) + " " + op + " " + threshold + " (" + Text.orDash(a.statistic())
                + (a.periodSeconds() == null ? "" : " of " + a.periodSeconds() + " s")
                + (a.evaluationPeriods() == null ? "" : ", " + Parts.count(a.evaluationPeriods(), "period")) + ")";
    }

    private static void cost(Document.Builder b, ServicePicture p, Instant now) {
        b.section(COST, StyledLine.builder().add(" Cost", Tone.HEADER).add("  an estimate from public prices", Tone.DIM).build());
        if (!Parts.ready(b, p.cost(), now)) {
            return;
        }
        CostEstimate c = p.cost().value();
        if (c.estimated()) {
            b.kv("Per month", money(c.monthlyTotal()) + "  (on demand " + money(c.monthlyOnDemand()) + ", Spot "
                    + money(c.monthlySpot()) + ")", Tone.STRONG);
        } else {
            b.kv("Per month", "not estimated", Tone.DIM);
        }
        b.kv("Tasks", Parts.count(c.runningTasks(), "running task") + " of " + c.cpuUnits() + " CPU units / "
                + c.memoryMiB() + " MiB");
        b.kv("Spot share", Math.round(c.spotShare() * 100) + "% (" + c.spotTasks() + " of " + c.runningTasks() + " on FARGATE_SPOT)");
        if (c.note() != null) {
            b.kv("Note", c.note(), Tone.DIM);
        }
        Rightsizing r = c.rightsizing();
        if (r != null) {
            Tone tone = switch (r.verdict()) {
                case OVERSIZED, UNDERSIZED -> Tone.WARN;
                case FITS -> Tone.GOOD;
                case NO_DATA -> Tone.DIM;
            };
            b.kv("Rightsizing", r.hint(), tone);
        }
        if (c.priceSource() != null) {
            b.kv("Price source", c.priceSource() + (c.priceAsOf() == null ? "" : ", read " + c.priceAsOf()), Tone.DIM);
        }
    }

    static String money(double usd) {
        return String.format(Locale.ROOT, "$%,.2f", usd);
    }
}
