package dev.berth.desktop.testing;

import dev.berth.core.actions.ActionEvent;
import dev.berth.core.actions.ActionRefused;
import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.Actions;
import dev.berth.core.actions.Change;
import dev.berth.core.actions.ChangeRevision;
import dev.berth.core.actions.Preview;
import dev.berth.core.actions.ScaleService;
import dev.berth.core.actions.SetScalingBounds;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.subjects.ReplaySubject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Actions that preview like the core (changes, a diff for revision changes, the confirm phrase in a
 * protected context) and whose execution the test drives through {@link #events()}.
 */
public final class FakeActions implements Actions {
    private final List<ActionRequest> previewed = new CopyOnWriteArrayList<>();
    private final List<Preview> executed = new CopyOnWriteArrayList<>();
    private volatile boolean protectedContext;
    private volatile ReplaySubject<ActionEvent> events = ReplaySubject.create();

    public void protectedContext(boolean v) {
        protectedContext = v;
    }

    @Override
    public Single<Preview> preview(ActionRequest request) {
        return Single.fromCallable(() -> {
            previewed.add(request);
            List<Change> changes = switch (request) {
                case ScaleService s -> List.of(new Change("desired count", "3", String.valueOf(s.desiredCount())));
                case ChangeRevision c -> List.of(new Change("task definition", "web:2", c.taskDefinition()));
                case SetScalingBounds b -> List.of(new Change("min capacity", "1", String.valueOf(b.min())),
                        new Change("max capacity", "4", String.valueOf(b.max())));
                default -> List.of(new Change("deployment", "current", "new"));
            };
            String diff = request instanceof ChangeRevision
                    ? "--- web:2\n+++ web:3\n@@ -1,3 +1,3 @@\n {\n-  \"image\": \"web:1.2\"\n+  \"image\": \"web:1.3\"\n }" : null;
            return new Preview(request, request.describe(), changes, diff, protectedContext ? request.targetName() : null,
                    "fp-1", Instant.now());
        });
    }

    @Override
    public Observable<ActionEvent> execute(Preview preview, String typedConfirmation) {
        if (preview.confirmPhrase() != null && !preview.confirmPhrase().equals(typedConfirmation)) {
            return Observable.error(new ActionRefused("type " + preview.confirmPhrase() + " to confirm"));
        }
        executed.add(preview);
        return events;
    }

    /** Where the test pushes what happens after a confirmed action. */
    public ReplaySubject<ActionEvent> events() {
        return events;
    }

    public List<ActionRequest> previewed() {
        return previewed;
    }

    public List<Preview> executed() {
        return executed;
    }
}
