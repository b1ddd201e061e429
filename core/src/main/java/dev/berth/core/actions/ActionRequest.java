package dev.berth.core.actions;

/**
 * Something an operator asked Berth to change. Each request is previewed, guarded, executed,
 * audited and, for service changes, followed until the rollout settles.
 */
public sealed interface ActionRequest
        permits ScaleService, RedeployService, ChangeRevision, RollbackService, StopTask, SetScalingBounds {

    String cluster();

    /** What the target is called where a person must type it to confirm (service name or task id). */
    String targetName();

    /** One line for dialogs, audit and logs: "scale prod/web to 4". */
    String describe();
}
