package dev.berth.desktop.actions;

import dev.berth.core.actions.ActionRefused;
import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.ChangeRevision;
import dev.berth.core.actions.RedeployService;
import dev.berth.core.actions.RollbackService;
import dev.berth.core.actions.ScaleService;
import dev.berth.core.actions.SetScalingBounds;
import dev.berth.core.actions.StopTask;

/**
 * What an action dialog asks before it can preview: which action, on what, and the starting
 * values of its inputs. {@link #build} turns what the person typed into the core's request.
 *
 * @param family the task-definition family whose revisions a change-revision dialog offers
 */
public record ActionForm(Kind kind, String cluster, String target, String first, String second, String family) {

    /** The six actions, with the labels of their inputs (null where there is no input). */
    public enum Kind {
        SCALE("Scale", "Desired count", null),
        REDEPLOY("Redeploy", null, null),
        CHANGE_REVISION("Change revision", "Revision", null),
        ROLLBACK("Roll back", null, null),
        STOP_TASK("Stop task", "Reason", null),
        SCALING_BOUNDS("Autoscaling bounds", "Minimum", "Maximum");

        private final String title;
        private final String firstLabel;
        private final String secondLabel;

        Kind(String title, String firstLabel, String secondLabel) {
            this.title = title;
            this.firstLabel = firstLabel;
            this.secondLabel = secondLabel;
        }

        public String title() {
            return title;
        }

        public String firstLabel() {
            return firstLabel;
        }

        public String secondLabel() {
            return secondLabel;
        }
    }

    public static ActionForm scale(String cluster, String service, int desired) {
        return new ActionForm(Kind.SCALE, cluster, service, String.valueOf(desired), null, null);
    }

    public static ActionForm redeploy(String cluster, String service) {
        return new ActionForm(Kind.REDEPLOY, cluster, service, null, null, null);
    }

    public static ActionForm changeRevision(String cluster, String service, String family, String current) {
        return new ActionForm(Kind.CHANGE_REVISION, cluster, service, current, null, family);
    }

    public static ActionForm rollback(String cluster, String service) {
        return new ActionForm(Kind.ROLLBACK, cluster, service, null, null, null);
    }

    public static ActionForm stopTask(String cluster, String taskId) {
        return new ActionForm(Kind.STOP_TASK, cluster, taskId, "Stopped by Berth", null, null);
    }

    public static ActionForm scalingBounds(String cluster, String service, int min, int max) {
        return new ActionForm(Kind.SCALING_BOUNDS, cluster, service, String.valueOf(min), String.valueOf(max), null);
    }

    /** True when the dialog can preview at once, with nothing to ask. */
    public boolean needsNoInput() {
        return kind.firstLabel() == null;
    }

    /** The request for what was typed; bad input fails with the core's one-line {@link ActionRefused}. */
    public ActionRequest build(String a, String b) {
        return switch (kind) {
            case SCALE -> ScaleService.parse(cluster, target, a);
            case REDEPLOY -> new RedeployService(cluster, target);
            case CHANGE_REVISION -> new ChangeRevision(cluster, target, a);
            case ROLLBACK -> new RollbackService(cluster, target);
            case STOP_TASK -> new StopTask(cluster, target, a);
            case SCALING_BOUNDS -> new SetScalingBounds(cluster, target, count("minimum", a), count("maximum", b));
        };
    }

    private static int count(String what, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (!t.matches("\\d{1,6}")) {
            throw new ActionRefused(what + " must be a whole number, got '" + t + "'");
        }
        return Integer.parseInt(t);
    }
}
