package dev.berth.desktop.timeline;

import dev.berth.core.Session;
import dev.berth.core.model.ServiceDeployment;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.desktop.fx.Follower;
import dev.berth.desktop.fx.ServiceKey;
import dev.berth.desktop.fx.Tone;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import io.reactivex.rxjava3.disposables.Disposable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Service events and deployments merged into one timeline, newest first; nothing is watched until {@link #follow}. */
public final class TimelineViewModel {
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final Follower<ServiceKey> follower;
    private List<ServiceEvent> events = List.of();
    private List<ServiceDeployment> deployments = List.of();

    public TimelineViewModel(Session session, Scheduler ui) {
        follower = new Follower<>(k -> forget(), k -> subscribe(session, k, ui));
    }

    private Disposable subscribe(Session session, ServiceKey k, Scheduler ui) {
        CompositeDisposable subscriptions = new CompositeDisposable();
        subscriptions.add(session.service(k.cluster(), k.service()).observeOn(ui).subscribe(s -> {
            if (s.hasValue()) {
                events = s.value().events();
                rebuild();
            }
        }));
        subscriptions.add(session.deployments(k.cluster(), k.service()).observeOn(ui).subscribe(s -> {
            if (s.hasValue()) {
                deployments = s.value();
                rebuild();
            }
        }));
        return subscriptions;
    }

    private void forget() {
        events = List.of();
        deployments = List.of();
        entries.clear();
    }

    /** Watches this service's events and deployments (the tab is shown). */
    public void follow(String cluster, String service) {
        follower.follow(new ServiceKey(cluster, service));
    }

    /** Stops watching (the tab is hidden); the entries stay. */
    public void stop() {
        follower.stop();
    }

    private void rebuild() {
        List<TimelineEntry> out = new ArrayList<>();
        for (ServiceEvent e : events) {
            out.add(new TimelineEntry(e.at(), TimelineEntry.Kind.EVENT, e.message(), eventTone(e.message())));
        }
        for (ServiceDeployment d : deployments) {
            String to = TaskDefinitionRef.familyRevision(d.targetTaskDefinitionArn());
            String from = TaskDefinitionRef.familyRevision(d.sourceTaskDefinitionArn());
            String base = "Deployment to " + to + (from == null || from.equals(to) ? "" : " (from " + from + ")");
            if (d.startedAt() != null || d.createdAt() != null) {
                out.add(new TimelineEntry(d.startedAt() != null ? d.startedAt() : d.createdAt(), TimelineEntry.Kind.DEPLOYMENT,
                        base + " started", Tone.INFO));
            }
            if (d.finishedAt() != null) {
                out.add(new TimelineEntry(d.finishedAt(), TimelineEntry.Kind.DEPLOYMENT, base + " " + ending(d),
                        deploymentTone(d)));
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::at).reversed());
        entries.setAll(out);
    }

    private static String ending(ServiceDeployment d) {
        String s = d.status() == null ? "ended" : d.status().toLowerCase(Locale.ROOT).replace('_', ' ');
        String extra = d.rolledBack() ? ", rolled back" : "";
        String cb = d.circuitBreakerFailures() > 0
                ? ", circuit breaker " + d.circuitBreakerFailures() + "/" + d.circuitBreakerThreshold() : "";
        String reason = d.statusReason() == null ? "" : ": " + d.statusReason();
        return s + extra + cb + reason;
    }

    static Tone deploymentTone(ServiceDeployment d) {
        String s = d.status() == null ? "" : d.status();
        if (s.contains("FAIL") || d.rolledBack() || s.contains("ROLLBACK")) {
            return Tone.BAD;
        }
        return s.equals("SUCCESSFUL") ? Tone.GOOD : Tone.INFO;
    }

    static Tone eventTone(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("unable") || m.contains("failed") || m.contains("circuit breaker") || m.contains("unhealthy")
                || m.contains("error")) {
            return Tone.BAD;
        }
        if (m.contains("steady state")) {
            return Tone.GOOD;
        }
        if (m.contains("stopped") || m.contains("deregistered") || m.contains("draining")) {
            return Tone.WARN;
        }
        return Tone.NEUTRAL;
    }

    public ObservableList<TimelineEntry> entries() {
        return entries;
    }

    public void dispose() {
        follower.dispose();
    }
}
