package dev.berth.tui.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * {@code berth generate-man-page}: berth(1) in troff, rendered from picocli's model of the command
 * line, so the manual cannot drift from the flags. picocli's own ManPageGenerator writes AsciiDoc,
 * which needs Asciidoctor (JRuby) to become a man page; troff is simple enough to write directly.
 * The packages install the output as {@code share/man/man1/berth.1}; docs/man/berth.1 is checked
 * against it by a test.
 */
@Command(name = "generate-man-page", hidden = true, description = "Print the berth(1) manual page (troff).")
public final class ManPageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(render(spec.parent()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The page for {@code berth} and its visible subcommands. */
    static String render(CommandSpec berth) {
        StringBuilder t = new StringBuilder();
        t.append(".TH BERTH 1 \"\" \"Berth\" \"User Commands\"\n");
        t.append(".SH NAME\nberth \\- ").append(text(berth.usageMessage().description()[0])).append('\n');
        t.append(".SH SYNOPSIS\n").append(synopsis(berth)).append(".br\n.B berth\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n");
        t.append(".SH DESCRIPTION\n");
        for (String line : List.of(berth.usageMessage().description()).subList(1, berth.usageMessage().description().length)) {
            t.append(text(line)).append('\n');
        }
        t.append(".PP\nWithout a command, \\fBberth\\fR opens the terminal UI: keys are listed by \\fB?\\fR on every screen.\n");
        t.append(".SH OPTIONS\n");
        options(t, berth, Set.of());
        Set<String> global = berth.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp())
                .map(ManPageCommand::key).collect(Collectors.toSet());
        t.append(".SH COMMANDS\n");
        for (CommandLine sub : berth.subcommands().values().stream().distinct().toList()) {
            CommandSpec s = sub.getCommandSpec();
            if (s.usageMessage().hidden()) {
                continue;
            }
            t.append(".SS \"").append(s.name()).append("\"\n").append(synopsis(s)).append(".PP\n");
            for (String line : s.usageMessage().description()) {
                t.append(text(line)).append('\n');
            }
            if (s.options().stream().anyMatch(o -> global.contains(key(o)))) {
                t.append(".PP\nAlso takes the connection options above (\\fB\\-\\-profile\\fR, \\fB\\-\\-region\\fR, ...).\n");
            }
            options(t, s, global);
        }
        t.append(".SH EXIT STATUS\n");
        for (Map.Entry<String, String> e : berth.usageMessage().exitCodeList().entrySet()) {
            t.append(".TP\n.B ").append(e.getKey().strip()).append('\n').append(text(e.getValue())).append('\n');
        }
        t.append(ENVIRONMENT_AND_FILES);
        t.append(".SH EXAMPLES\n.nf\n");
        for (String line : berth.usageMessage().footer()) {
            if (line.startsWith("  ")) {
                t.append(text(line.strip())).append('\n');
            }
        }
        t.append(".fi\n.SH SEE ALSO\n\\fBaws\\fR(1); docs/getting-started.md, docs/configuration.md and docs/troubleshooting.md\n");
        return t.toString();
    }

    private static final String ENVIRONMENT_AND_FILES = """
            .SH ENVIRONMENT
            .TP
            .B AWS_PROFILE, AWS_REGION, AWS_DEFAULT_REGION, AWS_ENDPOINT_URL
            Read as the AWS CLI reads them; the flags win over them.
            .TP
            .B AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN
            Credentials, first in the AWS SDK's default chain (then profiles, SSO, container and instance roles).
            .TP
            .B XDG_CONFIG_HOME, XDG_STATE_HOME
            Where config.yaml, the log and the audit log live (defaults ~/.config and ~/.local/state).
            .TP
            .B BERTH_JAVA_OPTS
            Extra JVM flags for the launcher.
            .TP
            .B BERTH_AOT
            0 starts without the start-up cache.
            .SH FILES
            .TP
            .I ~/.aws/config, ~/.aws/credentials
            AWS profiles, SSO sessions, regions and endpoints.
            .TP
            .I ${XDG_CONFIG_HOME:-~/.config}/berth/config.yaml
            Berth's own settings: protected contexts, refresh pace, triage thresholds, theme, keys.
            .TP
            .I ${XDG_STATE_HOME:-~/.local/state}/berth/berth.log
            The log; details of every one-line error are here.
            .TP
            .I ${XDG_STATE_HOME:-~/.local/state}/berth/audit.jsonl
            One line for every change made or refused.
            """;

    private static String synopsis(CommandSpec s) {
        StringBuilder t = new StringBuilder(".B ").append(s.qualifiedName()).append('\n');
        if (!s.options().isEmpty()) {
            t.append("[\\fIOPTIONS\\fR]");
        }
        for (PositionalParamSpec p : s.positionalParameters()) {
            if (!p.hidden()) {
                t.append(p.arity().min() == 0 ? " [\\fI" : " \\fI").append(text(p.paramLabel()))
                        .append(p.arity().min() == 0 ? "\\fR]" : "\\fR");
            }
        }
        return t.append('\n').toString();
    }

    /** An option's identity across commands: its names and what it says it does. */
    private static String key(OptionSpec o) {
        return String.join(",", o.names()) + " " + String.join(" ", o.description());
    }

    /** The options of {@code s}, less hidden ones, those in {@code skip} and (in a subcommand) help and version. */
    private static void options(StringBuilder t, CommandSpec s, Set<String> skip) {
        for (OptionSpec o : s.options()) {
            if (o.hidden() || skip.contains(key(o)) || (s.parent() != null && (o.usageHelp() || o.versionHelp()))) {
                continue;
            }
            t.append(".TP\n").append(String.join(", ", java.util.Arrays.stream(o.names()).map(n -> "\\fB" + text(n) + "\\fR").toList()));
            if (o.arity().max() > 0) {
                t.append(" \\fI").append(text(o.paramLabel())).append("\\fR");
            }
            t.append('\n').append(text(String.join(" ", List.of(o.description())))).append('\n');
        }
        for (PositionalParamSpec p : s.positionalParameters()) {
            if (!p.hidden()) {
                t.append(".TP\n\\fI").append(text(p.paramLabel())).append("\\fR\n")
                        .append(text(String.join(" ", List.of(p.description())))).append('\n');
            }
        }
    }

    /** Plain text made safe for troff: backslashes and hyphens escaped, no line read as a request. */
    private static String text(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
