package dev.berth.tui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.tui.nav.Place;
import dev.berth.tui.support.FakeSession;
import dev.berth.tui.support.TuiHarness;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ShellScreenTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void clustersScreenShowsHeaderRowsAndHints() {
        try (TuiHarness tui = TuiHarness.start(FakeSession.demo(clock), 80, 24, Place.clusters())) {
            System.out.println(tui.text());
            tui.press(com.googlecode.lanterna.input.KeyType.Enter);
            System.out.println(tui.text());
            tui.advance(500);
            System.out.println(tui.text());
            tui.press(com.googlecode.lanterna.input.KeyType.Enter);
            System.out.println(tui.text());
            assertThat(tui.text()).contains("demo");
        }
    }
}
