package dev.berth.tui.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.tui.BerthMain;
import dev.berth.tui.support.DocsFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * docs/man/berth.1 and docs/man/berth-completion.bash are what {@code berth generate-man-page} and
 * {@code berth generate-completion} print (the packages install those outputs); this fails when the
 * checked-in copies are stale.
 */
class ManPageDocTest {
    private static String berth(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BerthMain.run(new String[] {command}, new PrintWriter(out, true), new PrintWriter(err, true), null, null);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void manPageIsCurrentAndCoversEveryVisibleCommand() {
        String page = berth("generate-man-page");
        assertThat(page).startsWith(".TH BERTH 1").contains(".SH EXIT STATUS").contains("\\fB\\-\\-endpoint\\-url\\fR \\fIURL\\fR");
        for (String command : new String[] {"clusters", "services", "service", "tasks", "logs", "triage", "scale", "redeploy", "rollback",
            "stop-task", "sandbox", "desktop"}) {
            assertThat(page).as(command).contains(".SS \"" + command + "\"");
        }
        assertThat(page).as("hidden commands stay out").doesNotContain("aot\\-train").doesNotContain(".SS \"generate-man-page\"");
        assertThat(page.lines().filter(l -> l.startsWith(".") || l.startsWith("'")))
                .as("every request line is one troff knows").allMatch(l -> l.matches("^\\.(TH|SH|SS|TP|PP|B|I|br|nf|fi)( .*)?$"));
        DocsFile.check("man/berth.1", page);
    }

    @Test
    void completionScriptIsCurrent() {
        String script = berth("generate-completion");
        assertThat(script).contains("complete -F").contains("stop-task");
        DocsFile.check("man/berth-completion.bash", script);
    }
}
