package dev.berth.tui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.SessionStatus;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.model.ContextInfo;
import dev.berth.tui.nav.Place;
import dev.berth.tui.ui.StyledLine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChromeTest {
    private static final List<Command> SERVICE_COMMANDS = List.of(Command.OPEN, Command.LOGS, Command.SCALE,
            Command.REDEPLOY, Command.STOP_TASK);

    private static String hints(Keymap keymap, boolean readOnly, int width) {
        return String.join("\n", Chrome.hints(keymap, SERVICE_COMMANDS, readOnly, width, 2).stream().map(StyledLine::text).toList());
    }

    @Test
    void hintsComeFromTheKeymapInForce() {
        assertThat(hints(Keymap.defaults(), false, 80)).contains("<enter>open <l>logs <s>scale <r>redeploy <ctrl-k>stop")
                .endsWith("<?>help");
        Keymap custom = Keymap.withOverrides(Map.of("stop-task", "ctrl-x", "scale", "S"));
        assertThat(hints(custom, false, 80)).contains("<S>scale").contains("<ctrl-x>stop").doesNotContain("<ctrl-k>");
    }

    @Test
    void readOnlyDropsMutatingHints() {
        assertThat(hints(Keymap.defaults(), true, 80)).contains("<l>logs").doesNotContain("scale").doesNotContain("redeploy")
                .doesNotContain("stop");
    }

    @Test
    void hintsFitTheWidthAndAlwaysKeepHelp() {
        String narrow = hints(Keymap.defaults(), false, 40);
        assertThat(narrow.lines()).allMatch(l -> l.length() <= 40);
        assertThat(narrow).endsWith("<?>help");
    }

    @Test
    void headerKeepsBadgesAndAgeOnANarrowTerminal() {
        ContextInfo c = new ContextInfo("prod", "eu-west-1", "210987654321", "https://ecs.eu-west-1.example.internal/very/long",
                false, true, false);
        String h = Chrome.header(c, new SessionStatus(true, null, 10), "12s", false, 80).text();
        assertThat(h).hasSizeLessThanOrEqualTo(80).contains("READ-ONLY").contains("prod").contains("eu-west-1")
                .contains("THROTTLED").contains("⟳ 12s");
    }

    @Test
    void breadcrumbsShortenFromTheLeft() {
        List<Place> trail = List.of(Place.clusters(), Place.services("a-very-long-production-cluster-name"),
                Place.tasks("a-very-long-production-cluster-name", "checkout-service-blue"),
                Place.containers("a-very-long-production-cluster-name", "checkout-service-blue", "0123456789abcdef"));
        String crumbs = Chrome.crumbs(trail, 50).text();
        assertThat(crumbs).startsWith(" … › ").endsWith("01234567").hasSizeLessThanOrEqualTo(50);
    }
}
