package dev.berth.desktop.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.actions.ActionEvent;
import dev.berth.core.actions.ChangeRevision;
import dev.berth.core.actions.RedeployService;
import dev.berth.core.actions.ScaleService;
import dev.berth.core.actions.SetScalingBounds;
import dev.berth.core.actions.StopTask;
import dev.berth.desktop.actions.ActionViewModel.Stage;
import dev.berth.desktop.taskdefs.DiffLine;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActionViewModelTest {
    private final FakeSession session = FakeSession.sandbox();

    private ActionViewModel open(ActionForm form) {
        return new ActionViewModel(session, form, Schedulers.trampoline(), Schedulers.trampoline());
    }

    @Test
    void badInputIsRefusedBeforeAnyPreview() {
        ActionViewModel vm = open(ActionForm.scale("prod", "web", 3));
        vm.firstProperty().set("lots");
        vm.preview();
        assertThat(vm.errorProperty().get()).contains("whole number");
        assertThat(vm.stageProperty().get()).isEqualTo(Stage.INPUT);
        assertThat(session.actions().previewed()).isEmpty();
    }

    @Test
    void scalePreviewsThenSendsNothingUntilConfirmed() {
        ActionViewModel vm = open(ActionForm.scale("prod", "web", 3));
        vm.firstProperty().set("5");
        vm.preview();

        assertThat(session.actions().previewed()).containsExactly(new ScaleService("prod", "web", 5));
        assertThat(vm.stageProperty().get()).isEqualTo(Stage.CONFIRM);
        assertThat(vm.changes()).singleElement().satisfies(c -> assertThat(c.after()).isEqualTo("5"));
        assertThat(vm.canConfirmBinding().get()).isTrue();
        assertThat(session.actions().executed()).isEmpty();

        vm.confirm();
        assertThat(session.actions().executed()).hasSize(1);
        assertThat(vm.stageProperty().get()).isEqualTo(Stage.RUNNING);
    }

    @Test
    void aProtectedContextNeedsTheServiceNameTyped() {
        session.actions().protectedContext(true);
        ActionViewModel vm = open(ActionForm.redeploy("prod", "web"));
        assertThat(vm.stageProperty().get()).as("no input: previews at once").isEqualTo(Stage.CONFIRM);
        assertThat(vm.confirmPhraseProperty().get()).isEqualTo("web");
        assertThat(vm.canConfirmBinding().get()).isFalse();

        vm.confirm();
        assertThat(session.actions().executed()).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("Type web to confirm");

        vm.typedProperty().set("web");
        assertThat(vm.canConfirmBinding().get()).isTrue();
        vm.confirm();
        assertThat(session.actions().executed()).singleElement()
                .satisfies(p -> assertThat(p.request()).isEqualTo(new RedeployService("prod", "web")));
    }

    @Test
    void progressFollowsTheRolloutUntilItSettles() {
        ActionViewModel vm = open(ActionForm.redeploy("prod", "web"));
        vm.confirm();
        Instant t = Instant.now();
        session.actions().events().onNext(new ActionEvent.Submitted(t, "UpdateService accepted"));
        session.actions().events().onNext(new ActionEvent.Progress(t,
                Fixtures.deployment("d2", "PRIMARY", "web:3", 4, 1, "IN_PROGRESS", t), 1, 4, null));
        assertThat(vm.progressProperty().get()).isEqualTo(0.25);
        assertThat(vm.progressTextProperty().get()).isEqualTo("1 of 4 running · IN_PROGRESS");

        session.actions().events().onNext(new ActionEvent.Settled(t, "web reached a steady state"));
        assertThat(vm.stageProperty().get()).isEqualTo(Stage.SETTLED);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.log()).hasSize(3);
    }

    @Test
    void aFailedRolloutShowsWhy() {
        ActionViewModel vm = open(ActionForm.rollback("prod", "worker"));
        vm.confirm();
        session.actions().events().onNext(new ActionEvent.Failed(Instant.now(), "circuit breaker tripped: 3 tasks failed"));
        assertThat(vm.stageProperty().get()).isEqualTo(Stage.FAILED);
        assertThat(vm.errorProperty().get()).isEqualTo("circuit breaker tripped: 3 tasks failed");
    }

    @Test
    void changeRevisionOffersTheFamilysRevisionsAndShowsTheDiff() {
        Fixtures.populate(session);
        ActionViewModel vm = open(ActionForm.changeRevision("prod", "web", "web", "web:2"));
        assertThat(vm.choices()).containsExactly("web:3", "web:2", "web:1");
        vm.firstProperty().set("web:3");
        vm.preview();
        assertThat(session.actions().previewed()).containsExactly(new ChangeRevision("prod", "web", "web:3"));
        assertThat(vm.diff()).extracting(DiffLine::kind).contains(DiffLine.Kind.ADDED, DiffLine.Kind.REMOVED);
    }

    @Test
    void stopTaskAndScalingBoundsBuildTheirRequests() {
        ActionViewModel stop = open(ActionForm.stopTask("prod", "a1b2c3"));
        stop.firstProperty().set("  stuck on shutdown ");
        stop.preview();
        ActionViewModel bounds = open(ActionForm.scalingBounds("prod", "web", 1, 4));
        bounds.firstProperty().set("2");
        bounds.secondProperty().set("8");
        bounds.preview();
        assertThat(session.actions().previewed()).containsExactly(new StopTask("prod", "a1b2c3", "stuck on shutdown"),
                new SetScalingBounds("prod", "web", 2, 8));
    }

    @Test
    void boundsWithMinAboveMaxAreRefusedWithTheCoresMessage() {
        ActionViewModel vm = open(ActionForm.scalingBounds("prod", "web", 1, 4));
        vm.firstProperty().set("9");
        vm.secondProperty().set("2");
        vm.preview();
        assertThat(vm.errorProperty().get()).contains("min <= max");
        assertThat(session.actions().previewed()).isEmpty();
    }
}
