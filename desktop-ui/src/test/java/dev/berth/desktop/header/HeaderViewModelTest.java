package dev.berth.desktop.header;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.SessionStatus;
import dev.berth.core.model.ContextInfo;
import dev.berth.core.watch.Problem;
import io.reactivex.rxjava3.schedulers.Schedulers;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HeaderViewModelTest {
    private final Instant now = Instant.parse("2026-01-01T10:00:00Z");
    private final HeaderViewModel vm = new HeaderViewModel(Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void showsTheContextAndItsBadges() {
        vm.attach(io.reactivex.rxjava3.core.Observable.just(new ContextInfo("ops", "eu-west-1", "111122223333", "http://127.0.0.1:4566", true, true, false)),
                BehaviorSubject.createDefault(new SessionStatus(false, null, 12)), Schedulers.trampoline());
        assertThat(vm.profileProperty().get()).isEqualTo("ops");
        assertThat(vm.regionProperty().get()).isEqualTo("eu-west-1");
        assertThat(vm.accountProperty().get()).isEqualTo("111122223333");
        assertThat(vm.endpointProperty().get()).isEqualTo("http://127.0.0.1:4566");
        assertThat(vm.sandboxProperty().get()).isTrue();
        assertThat(vm.readOnlyProperty().get()).isTrue();
        assertThat(vm.trafficProperty().get()).isEqualTo("12 calls/min");
    }

    @Test
    void theAccountArrivesAfterTheSessionOpened() {
        io.reactivex.rxjava3.subjects.BehaviorSubject<ContextInfo> ctx = BehaviorSubject.createDefault(
                new ContextInfo("ops", "eu-west-1", null, null, false, false, true));
        vm.attach(ctx, BehaviorSubject.createDefault(new SessionStatus(false, null, 0)), Schedulers.trampoline());
        assertThat(vm.accountProperty().get()).isEqualTo("account…");
        assertThat(vm.protectedContextProperty().get()).isTrue();
        ctx.onNext(new ContextInfo("ops", "eu-west-1", "111122223333", null, false, false, true));
        assertThat(vm.accountProperty().get()).isEqualTo("111122223333");
    }

    @Test
    void throttlingShows() {
        BehaviorSubject<SessionStatus> status = BehaviorSubject.createDefault(new SessionStatus(false, null, 0));
        vm.attach(io.reactivex.rxjava3.core.Observable.just(new ContextInfo(null, "us-east-1", null, null, false, false, false)), status, Schedulers.trampoline());
        status.onNext(new SessionStatus(true, new Problem(Problem.Kind.THROTTLED, "Rate exceeded", now), 240));
        assertThat(vm.throttledProperty().get()).isTrue();
        assertThat(vm.trafficProperty().get()).contains("throttled");
        assertThat(vm.endpointProperty().get()).isEqualTo("AWS");
        assertThat(vm.profileProperty().get()).isEqualTo("default");
    }

    @Test
    void dataAgeIsFlaggedWhenOldOrStale() {
        vm.attach(io.reactivex.rxjava3.core.Observable.just(new ContextInfo(null, "us-east-1", null, null, false, false, false)),
                BehaviorSubject.createDefault(new SessionStatus(false, null, 0)), Schedulers.trampoline());
        vm.dataFetchedAtProperty().set(now.minusSeconds(5));
        assertThat(vm.dataAgeProperty().get()).isEqualTo("data 5s old");
        assertThat(vm.dataOldProperty().get()).isFalse();
        vm.dataFetchedAtProperty().set(now.minusSeconds(95));
        assertThat(vm.dataAgeProperty().get()).isEqualTo("data 1m old");
        assertThat(vm.dataOldProperty().get()).isTrue();
        vm.dataFetchedAtProperty().set(now.minusSeconds(2));
        vm.dataStaleProperty().set(true);
        assertThat(vm.dataAgeProperty().get()).isEqualTo("data 2s old (stale)");
        assertThat(vm.dataOldProperty().get()).isTrue();
    }
}
