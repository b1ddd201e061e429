package dev.berth.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.context.ConnectOptions;
import dev.berth.tui.BerthMain;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The picocli-free reading of plain {@code berth [flags]}: same flags as picocli's, anything else left to picocli. */
class TuiArgumentsTest {
    @Test
    void readsTheFlagsInBothSpellings() {
        TuiArguments a = TuiArguments.parse(new String[] {"--profile", "prod", "--region=eu-west-1", "--endpoint-url",
            "http://127.0.0.1:4566", "--read-only", "--cluster", "api", "--service=web"});
        ConnectOptions o = a.connection().toConnectOptions();
        assertThat(o.profile()).isEqualTo("prod");
        assertThat(o.region()).isEqualTo("eu-west-1");
        assertThat(o.endpoint()).hasToString("http://127.0.0.1:4566");
        assertThat(o.readOnly()).isTrue();
        assertThat(a.connection().demo()).isFalse();
        assertThat(a.cluster()).isEqualTo("api");
        assertThat(a.service()).isEqualTo("web");
        assertThat(TuiArguments.parse(new String[] {"--demo"}).connection().demo()).isTrue();
        assertThat(TuiArguments.parse(new String[0])).as("plain berth").isNotNull();
    }

    @Test
    void leavesEverythingElseToPicocli() {
        assertThat(TuiArguments.parse(new String[] {"clusters"})).as("a subcommand").isNull();
        assertThat(TuiArguments.parse(new String[] {"--help"})).isNull();
        assertThat(TuiArguments.parse(new String[] {"-V"})).isNull();
        assertThat(TuiArguments.parse(new String[] {"--bogus"})).isNull();
        assertThat(TuiArguments.parse(new String[] {"--region"})).as("a value missing").isNull();
        assertThat(TuiArguments.parse(new String[] {"--region", "--demo"})).as("a flag where a value goes").isNull();
        assertThat(TuiArguments.parse(new String[] {"--demo=true"})).as("a switch with a value").isNull();
        assertThat(TuiArguments.parse(new String[] {"--region", "a", "--region", "b"})).as("given twice").isNull();
        assertThat(TuiArguments.parse(new String[] {"--demo", "stray"})).as("a positional word").isNull();
    }

    @Test
    void knowsExactlyTheFlagsPicocliDeclaresOnBerth() {
        Set<String> switches = new HashSet<>();
        Set<String> valued = new HashSet<>();
        for (OptionSpec o : new CommandLine(new BerthMain(null, null)).getCommandSpec().options()) {
            if (o.usageHelp() || o.versionHelp()) {
                continue;
            }
            (o.arity().max() == 0 ? switches : valued).add(o.longestName());
            assertThat(o.names()).as("only long names are read without picocli").hasSize(1);
        }
        assertThat(TuiArguments.SWITCHES).isEqualTo(switches);
        assertThat(TuiArguments.VALUED).isEqualTo(valued);
    }
}
