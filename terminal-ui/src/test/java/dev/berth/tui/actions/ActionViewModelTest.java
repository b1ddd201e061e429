package dev.berth.tui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.actions.ActionEvent;
import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.Actions;
import dev.berth.core.actions.Change;
import dev.berth.core.actions.Preview;
import dev.berth.core.actions.ScaleService;
import dev.berth.core.keymap.KeyChord;
import dev.berth.tui.ui.StyledLine;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionViewModelTest {
    private final List<ActionRequest> previewed = new ArrayList<>();
    private final List<String> executed = new ArrayList<>();
    private String phrase;

    private final Actions actions = new Actions() {
        @Override
        public Single<Preview> preview(ActionRequest request) {
            previewed.add(request);
            return Single.just(new Preview(request, "Scale web", List.of(new Change("desired count", "2", "5")), null, phrase,
                    "fp", Instant.EPOCH));
        }

        @Override
        public Observable<ActionEvent> execute(Preview preview, String typed) {
            executed.add(preview.request().describe() + " / " + typed);
            return Observable.just(new ActionEvent.Submitted(Instant.EPOCH, "UpdateService"),
                    new ActionEvent.Progress(Instant.EPOCH, null, 3, 5, "2 pending"),
                    new ActionEvent.Settled(Instant.EPOCH, "steady"));
        }
    };

    private ActionViewModel scale() {
        return new ActionViewModel(actions, "Scale web", "desired count", "2", t -> ScaleService.parse("demo", "web", t),
                Schedulers.trampoline(), () -> { });
    }

    private static void type(ActionViewModel vm, String s) {
        for (char c : s.toCharArray()) {
            vm.key(KeyChord.of(c));
        }
    }

    private static String text(ActionViewModel vm) {
        return String.join("\n", vm.render(80).stream().map(StyledLine::text).toList());
    }

    @Test
    void aNonNumericCountIsRefusedOnTheSpotAndNothingIsPreviewed() {
        ActionViewModel vm = scale();
        vm.key(KeyChord.of(KeyChord.Key.BACKSPACE));
        type(vm, "abc");
        vm.key(KeyChord.of(KeyChord.Key.ENTER));
        assertThat(vm.stage()).isEqualTo(ActionViewModel.Stage.INPUT);
        assertThat(vm.error()).contains("whole number");
        assertThat(previewed).isEmpty();
        assertThat(executed).isEmpty();
    }

    @Test
    void previewThenYesExecutesAndFollowsTheRolloutToTheEnd() {
        ActionViewModel vm = scale();
        vm.key(KeyChord.of(KeyChord.Key.BACKSPACE));
        type(vm, "5");
        vm.key(KeyChord.of(KeyChord.Key.ENTER));
        assertThat(vm.stage()).isEqualTo(ActionViewModel.Stage.CONFIRM);
        assertThat(text(vm)).contains("desired count: 2 → 5").contains("Apply?");
        assertThat(executed).isEmpty();
        vm.key(KeyChord.of('y'));
        assertThat(executed).containsExactly("scale demo/web to 5 / null");
        assertThat(vm.stage()).isEqualTo(ActionViewModel.Stage.SETTLED);
        assertThat(text(vm)).contains("3/5 running").contains("✔ steady");
    }

    @Test
    void escapeBeforeConfirmingSendsNothing() {
        ActionViewModel vm = scale();
        vm.key(KeyChord.of(KeyChord.Key.ENTER));
        boolean open = vm.key(KeyChord.of(KeyChord.Key.ESCAPE));
        assertThat(open).isFalse();
        assertThat(vm.stage()).isEqualTo(ActionViewModel.Stage.CANCELLED);
        assertThat(executed).isEmpty();
    }

    @Test
    void aProtectedContextNeedsTheTargetsNameTyped() {
        phrase = "web";
        ActionViewModel vm = scale();
        vm.key(KeyChord.of(KeyChord.Key.ENTER));
        vm.key(KeyChord.of('y'));
        vm.key(KeyChord.of(KeyChord.Key.ENTER));
        assertThat(executed).isEmpty();
        assertThat(vm.error()).contains("type web");
        vm.key(KeyChord.ctrl('u'));
        type(vm, "web");
        vm.key(KeyChord.of(KeyChord.Key.ENTER));
        assertThat(executed).containsExactly("scale demo/web to 2 / web");
    }
}
