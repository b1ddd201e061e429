package dev.berth.core.actions;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;

/**
 * Preview, guard, execute, audit, follow. Nothing mutates AWS until {@link #execute} is called
 * with a preview the person confirmed.
 */
public interface Actions {
    /** Computes what would change. Fails with {@link ActionRefused} for bad input or a read-only context. */
    Single<Preview> preview(ActionRequest request);

    /**
     * Sends the change and follows it. {@code typedConfirmation} must equal the preview's
     * {@code confirmPhrase} when it has one. Refusals arrive as an error of type {@link ActionRefused}
     * before any call; AWS errors and failed rollouts as {@link ActionEvent.Failed}.
     */
    Observable<ActionEvent> execute(Preview preview, String typedConfirmation);
}
