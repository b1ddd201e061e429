package dev.berth.core.actions;

import dev.berth.core.BerthException;
import dev.berth.core.config.Pacing;
import dev.berth.core.model.ContextInfo;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceDeployment;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.sources.EcsSource;
import dev.berth.core.sources.ScalingSource;
import dev.berth.core.slices.Watchers;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Actions} against ECS and Application Auto Scaling. Every action is guarded twice (at
 * preview and at execution) before any call: read-only contexts refuse, protected contexts need
 * the target's name typed. Execution re-reads the target and refuses a stale preview, then makes
 * the one mutating call, writes the audit line, speeds up the touched slices and follows the
 * rollout on the service's own slice.
 */
public final class AwsActions implements Actions {
    private static final Logger LOG = LoggerFactory.getLogger(AwsActions.class);

    private final EcsSource ecs;
    private final ScalingSource scaling;
    private final Watchers watchers;
    private final Supplier<ContextInfo> context;
    private final Supplier<String> user;
    private final AuditLog audit;
    private final Scheduler scheduler;
    private final Clock clock;

    public AwsActions(EcsSource ecs, ScalingSource scaling, Watchers watchers, Supplier<ContextInfo> context,
                      Supplier<String> user, AuditLog audit, Scheduler scheduler, Clock clock) {
        this.ecs = ecs;
        this.scaling = scaling;
        this.watchers = watchers;
        this.context = context;
        this.user = user;
        this.audit = audit;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public Single<Preview> preview(ActionRequest request) {
        return Single.defer(() -> {
            refuseIfReadOnly(request);
            return Single.fromCallable(() -> prepare(request)).subscribeOn(scheduler);
        });
    }

    @Override
    public Observable<ActionEvent> execute(Preview preview, String typedConfirmation) {
        return Observable.defer(() -> {
            ActionRequest request = preview.request();
            try {
                refuseIfReadOnly(request);
                if (preview.confirmPhrase() != null
                        && !preview.confirmPhrase().equals(typedConfirmation == null ? null : typedConfirmation.strip())) {
                    throw new ActionRefused(context.get().name() + " is protected: type '" + preview.confirmPhrase()
                            + "' to confirm " + request.describe());
                }
            } catch (ActionRefused e) {
                record(preview, "refused: " + e.getMessage());
                throw e;
            }
            return Observable.fromCallable(() -> apply(preview)).subscribeOn(scheduler)
                    .flatMap(this::followUp)
                    .onErrorResumeNext(e -> {
                        if (e instanceof ActionRefused) {
                            return Observable.error(e);
                        }
                        String message = e instanceof BerthException ? e.getMessage()
                                : request.describe() + " failed (" + e.getClass().getSimpleName() + "; see the log)";
                        if (!(e instanceof BerthException)) {
                            LOG.warn("{} failed", request.describe(), e);
                        }
                        return Observable.just(new ActionEvent.Failed(clock.instant(), message));
                    });
        });
    }

    private void refuseIfReadOnly(ActionRequest request) {
        if (context.get().readOnly()) {
            throw new ActionRefused(context.get().name() + " is read-only: " + request.describe() + " is not allowed");
        }
    }

    // ---- previews

    private Preview prepare(ActionRequest request) {
        return switch (request) {
            case ScaleService r -> scalePreview(r);
            case RedeployService r -> {
                Service s = ecs.service(r.cluster(), r.service());
                yield preview(r, "Redeploy " + r.service(), List.of(new Change("deployment", s.revision(),
                        "new deployment of " + s.revision() + " (fresh tasks)")), null, fingerprint(s));
            }
            case ChangeRevision r -> {
                Service s = ecs.service(r.cluster(), r.service());
                yield revisionPreview(r, "Change " + r.service() + " to another revision", s, r.taskDefinition());
            }
            case RollbackService r -> {
                Service s = ecs.service(r.cluster(), r.service());
                yield revisionPreview(r, "Roll back " + r.service(), s, rollbackTarget(r.cluster(), s));
            }
            case StopTask r -> {
                Task t = ecs.task(r.cluster(), r.taskId());
                if (t.stopped() || "STOPPED".equals(t.desiredStatus())) {
                    throw new ActionRefused("task " + t.id() + " is already " + t.lastStatus().toLowerCase(java.util.Locale.ROOT));
                }
                yield preview(r, "Stop task " + t.id(), List.of(new Change("task " + t.id(), t.lastStatus(),
                        "STOPPED (" + r.reason() + ")")), null, t.lastStatus() + "/" + t.desiredStatus());
            }
            case SetScalingBounds r -> {
                ScalableTarget t = scaling.target(r.cluster(), r.service());
                List<Change> changes = List.of(
                        new Change("min capacity", t == null ? "(no autoscaling)" : String.valueOf(t.minCapacity()), String.valueOf(r.min())),
                        new Change("max capacity", t == null ? "(no autoscaling)" : String.valueOf(t.maxCapacity()), String.valueOf(r.max())));
                yield preview(r, "Set autoscaling bounds of " + r.service(), changes, null,
                        t == null ? "none" : t.minCapacity() + ".." + t.maxCapacity());
            }
        };
    }

    private Preview scalePreview(ScaleService r) {
        Service s = ecs.service(r.cluster(), r.service());
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("desired count", String.valueOf(s.desiredCount()), String.valueOf(r.desiredCount())));
        ScalableTarget t = scaling.target(r.cluster(), r.service());
        if (t != null && (r.desiredCount() < t.minCapacity() || r.desiredCount() > t.maxCapacity())) {
            changes.add(new Change("autoscaling", t.minCapacity() + ".." + t.maxCapacity(),
                    "unchanged: it may move the count back into range"));
        }
        return preview(r, "Scale " + r.service(), changes, null, fingerprint(s));
    }

    private Preview revisionPreview(ActionRequest r, String title, Service s, String target) {
        TaskDefinition current = ecs.taskDefinition(s.taskDefinitionArn());
        TaskDefinition next = ecs.taskDefinition(target);
        if (next.ref().arn().equals(current.ref().arn())) {
            throw new ActionRefused(s.name() + " already runs " + current.ref().familyRevision());
        }
        if (!"ACTIVE".equals(next.status())) {
            throw new ActionRefused(next.ref().familyRevision() + " is " + next.status() + " and cannot be deployed");
        }
        String diff = RevisionDiff.unified(current, next);
        return preview(r, title, List.of(new Change("task definition", current.ref().familyRevision(),
                next.ref().familyRevision())), diff, fingerprint(s));
    }

    /**
     * The revision to roll back to: the last deployment that completed on another revision (still
     * listed while a newer one rolls, or in the service's deployment history), else the newest
     * active revision of the family below the current one.
     */
    String rollbackTarget(String cluster, Service s) {
        for (Deployment d : s.deployments()) {
            if (!"PRIMARY".equals(d.status()) && "COMPLETED".equals(d.rolloutState())
                    && !Objects.equals(d.taskDefinitionArn(), s.taskDefinitionArn())) {
                return d.taskDefinitionArn();
            }
        }
        try {
            for (ServiceDeployment d : ecs.serviceDeployments(cluster, s.name())) {
                if (("SUCCESSFUL".equals(d.status()) || "ROLLBACK_SUCCESSFUL".equals(d.status()))
                        && d.targetTaskDefinitionArn() != null
                        && !d.targetTaskDefinitionArn().equals(s.taskDefinitionArn())) {
                    return d.targetTaskDefinitionArn();
                }
            }
        } catch (BerthException e) {
            LOG.debug("no deployment history for {}: {}", s.name(), e.getMessage());
        }
        TaskDefinitionRef current = TaskDefinitionRef.parse(s.taskDefinitionArn());
        return ecs.revisions(current.family()).stream()
                .filter(ref -> ref.revision() < current.revision())
                .findFirst()
                .map(TaskDefinitionRef::arn)
                .orElseThrow(() -> new ActionRefused("no earlier revision of " + current.family() + " to roll back to"));
    }

    private Preview preview(ActionRequest r, String title, List<Change> changes, String diff, String fingerprint) {
        String confirm = context.get().protectedContext() ? r.targetName() : null;
        return new Preview(r, title, changes, diff, confirm, fingerprint, clock.instant());
    }

    /** What must not have moved between preview and execution: revision, desired count, deployments. */
    static String fingerprint(Service s) {
        StringBuilder f = new StringBuilder().append(s.taskDefinitionArn()).append('|').append(s.desiredCount());
        for (Deployment d : s.deployments()) {
            f.append('|').append(d.id()).append(':').append(d.status());
        }
        return f.toString();
    }

    // ---- execution

    private record Applied(ActionRequest request, String summary, String deploymentId, String revision) {
    }

    private Applied apply(Preview preview) {
        ActionRequest request = preview.request();
        String now = currentFingerprint(request);
        if (!now.equals(preview.fingerprint())) {
            String message = request.targetName() + " changed since the preview; preview again before " + request.describe();
            record(preview, "refused: stale preview");
            throw new ActionRefused(message);
        }
        try {
            Applied applied = call(request);
            record(preview, "submitted");
            return applied;
        } catch (BerthException e) {
            record(preview, "failed: " + e.getMessage());
            throw e;
        }
    }

    private String currentFingerprint(ActionRequest request) {
        return switch (request) {
            case StopTask r -> {
                Task t = ecs.task(r.cluster(), r.taskId());
                yield t.lastStatus() + "/" + t.desiredStatus();
            }
            case SetScalingBounds r -> {
                ScalableTarget t = scaling.target(r.cluster(), r.service());
                yield t == null ? "none" : t.minCapacity() + ".." + t.maxCapacity();
            }
            case ScaleService r -> fingerprint(ecs.service(r.cluster(), r.service()));
            case RedeployService r -> fingerprint(ecs.service(r.cluster(), r.service()));
            case ChangeRevision r -> fingerprint(ecs.service(r.cluster(), r.service()));
            case RollbackService r -> fingerprint(ecs.service(r.cluster(), r.service()));
        };
    }

    private Applied call(ActionRequest request) {
        return switch (request) {
            case ScaleService r -> {
                ecs.setDesiredCount(r.cluster(), r.service(), r.desiredCount());
                yield new Applied(r, "desired count of " + r.service() + " set to " + r.desiredCount(), null, null);
            }
            case RedeployService r -> started(r, ecs.forceNewDeployment(r.cluster(), r.service()), "new deployment");
            case ChangeRevision r -> started(r, ecs.changeTaskDefinition(r.cluster(), r.service(), r.taskDefinition()),
                    "deployment");
            case RollbackService r -> {
                Service s = ecs.service(r.cluster(), r.service());
                String target = rollbackTarget(r.cluster(), s);
                yield started(r, ecs.changeTaskDefinition(r.cluster(), r.service(), target), "rollback");
            }
            case StopTask r -> {
                Task t = ecs.stopTask(r.cluster(), r.taskId(), r.reason());
                yield new Applied(r, "task " + t.id() + " is stopping", null, null);
            }
            case SetScalingBounds r -> {
                scaling.setBounds(r.cluster(), r.service(), r.min(), r.max());
                yield new Applied(r, "autoscaling of " + r.service() + " set to " + r.min() + ".." + r.max(), null, null);
            }
        };
    }

    private static Applied started(ActionRequest r, Service after, String what) {
        Deployment primary = after.primaryDeployment();
        return new Applied(r, what + " of " + after.revision() + " started"
                + (primary == null ? "" : " (" + primary.id() + ")"), primary == null ? null : primary.id(), after.revision());
    }

    private Observable<ActionEvent> followUp(Applied applied) {
        ActionEvent submitted = new ActionEvent.Submitted(clock.instant(), applied.summary());
        String cluster = applied.request().cluster();
        String service = switch (applied.request()) {
            case ScaleService r -> r.service();
            case RedeployService r -> r.service();
            case ChangeRevision r -> r.service();
            case RollbackService r -> r.service();
            default -> null;
        };
        Pacing pacing = watchers.pacing();
        if (service == null) {
            // A stopped task or new bounds: nothing rolls; the cluster's lists refresh now.
            watchers.boosts().boost(cluster, applied.request().targetName(), clock.instant().plus(pacing.visible()));
            return Observable.just(submitted, new ActionEvent.Settled(clock.instant(), applied.summary()));
        }
        watchers.boosts().boost(cluster, service, clock.instant().plus(pacing.settleTimeout()));
        return Observable.just(submitted).concatWith(
                RolloutTracker.follow(watchers.service(cluster, service), applied.deploymentId(), applied.revision(),
                        pacing.settleTimeout(),
                        scheduler, clock)
                        .doFinally(() -> watchers.boosts().end(cluster, service)));
    }

    private void record(Preview preview, String result) {
        ContextInfo ctx = context.get();
        audit.record(clock.instant(), user.get(), ctx.name() + (ctx.account() == null ? "" : " (" + ctx.account() + ")"),
                preview.request(), preview.changes(), result);
    }
}
