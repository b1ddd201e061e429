package dev.berth.tui.details;

import dev.berth.core.model.HealthCheckSettings;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.tui.nav.Place;
import dev.berth.tui.ui.Document;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Target groups as lines: where each one sits (load balancer, traffic share), how it checks, and
 * every target's health beside the task it stands for, with ELB's reason code for the unhealthy.
 */
final class Balancing {
    /** Above the targets: they line up under it (the reason wraps under itself at 80 columns). */
    private static final String COLUMNS = "      TARGET            TASK      STATE      REASON";

    private Balancing() {
    }

    /** @param onlyTask the task whose targets to show, or null for every target */
    static void add(Document.Builder b, LoadBalancing lb, String onlyTask) {
        for (TargetGroup g : lb.targetGroups()) {
            List<TargetHealth> targets = onlyTask == null ? g.targets()
                    : g.targets().stream().filter(t -> onlyTask.equals(t.taskId())).toList();
            if (onlyTask != null && targets.isEmpty()) {
                continue;
            }
            String from = g.loadBalancerArns().stream().map(arn -> name(lb, arn)).collect(Collectors.joining(", "));
            b.add(StyledLine.builder().add("  " + Text.orDash(g.name()), Tone.STRONG)
                    .add("  " + Text.orDash(g.protocol()) + " " + Text.orDash(g.port()) + ", " + Text.orDash(g.targetType()) + " targets", Tone.NORMAL)
                    .add(g.trafficPercent() == null ? "  no listener forwards to it" : "  traffic " + g.trafficPercent() + "%",
                            g.trafficPercent() == null ? Tone.WARN : Tone.ACCENT)
                    .add(from.isEmpty() ? "" : " from " + from, Tone.DIM).build());
            if (g.healthCheck() != null) {
                b.add(StyledLine.of("    check " + check(g.healthCheck()), Tone.DIM));
            }
            if (onlyTask == null) {
                b.add(StyledLine.of("    " + g.healthyCount() + " of " + Parts.count(g.targets().size(), "target") + " healthy",
                        g.healthyCount() < g.targets().size() ? Tone.WARN : Tone.DIM));
            }
            if (!targets.isEmpty()) {
                b.add(StyledLine.of(COLUMNS, Tone.DIM));
            }
            targets.forEach(t -> b.add(target(t)));
        }
        if (onlyTask == null && !lb.loadBalancers().isEmpty()) {
            b.add(StyledLine.of("  in front:", Tone.DIM));
            for (LoadBalancer l : lb.loadBalancers()) {
                b.add(StyledLine.builder().add("    " + Text.orDash(l.name()), Tone.STRONG)
                        .add("  " + Text.orDash(l.type()) + ", " + Text.orDash(l.scheme()) + ", ", Tone.NORMAL)
                        .add(Text.orDash(l.state()), "active".equals(l.state()) ? Tone.GOOD : Tone.WARN)
                        .add(l.dnsName() == null ? "" : "  " + l.dnsName(), Tone.DIM).build());
            }
        }
    }

    private static String name(LoadBalancing lb, String arn) {
        return lb.loadBalancers().stream().filter(l -> l.arn().equals(arn)).map(LoadBalancer::name).findFirst()
                .orElse(arn.substring(arn.lastIndexOf('/', arn.lastIndexOf('/') - 1) + 1));
    }

    /** "HTTP /health on traffic-port every 10 s (timeout 5 s): healthy after 2, unhealthy after 3, codes 200". */
    static String check(HealthCheckSettings h) {
        return Text.orDash(h.protocol()) + (h.path() == null ? "" : " " + h.path()) + " on " + Text.orDash(h.port())
                + " every " + h.intervalSeconds() + " s (timeout " + h.timeoutSeconds() + " s): healthy after "
                + h.healthyThreshold() + ", unhealthy after " + h.unhealthyThreshold()
                + (h.matcher() == null ? "" : ", codes " + h.matcher());
    }

    /** "    ✖ 10.0.1.23:8080      1a2b3c4d  unhealthy  Target.ResponseCodeMismatch: Health checks failed ...". */
    static StyledLine target(TargetHealth t) {
        Tone tone = t.healthy() ? Tone.GOOD : t.unhealthy() ? Tone.BAD : Tone.WARN;
        String mark = t.healthy() ? "✔" : t.unhealthy() ? "✖" : "◐";
        return StyledLine.builder().add("    " + mark + " ", tone)
                .add(Text.padRight(t.targetId() + (t.port() == null ? "" : ":" + t.port()), 18), Tone.NORMAL)
                .add(Text.padRight(t.taskId() == null ? "none" : Place.shortId(t.taskId()), 10),
                        t.taskId() == null ? Tone.WARN : Tone.STRONG)
                .add(Text.padRight(t.state(), 11), tone)
                .add(t.reason() == null ? "" : t.reason() + (t.description() == null ? "" : ": " + t.description()),
                        t.unhealthy() ? Tone.BAD : Tone.DIM).build();
    }
}
