package dev.berth.tui.cli;

import dev.berth.core.Session;
import dev.berth.core.actions.ActionEvent;
import dev.berth.core.actions.ActionRefused;
import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.Change;
import dev.berth.core.actions.Preview;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * A change to AWS from the command line: preview, ask (or {@code --yes}), execute, follow the
 * rollout. Without a terminal to ask on and without {@code --yes}, nothing is changed.
 */
public abstract class MutationCommand extends SessionCommand {
    @Option(names = {"-c", "--cluster"}, required = true, paramLabel = "CLUSTER", description = "Cluster name or ARN.")
    protected String cluster;

    @Option(names = {"-y", "--yes"}, description = "Do not ask; apply the change (required when stdin is not a terminal).")
    boolean yes;

    @Option(names = "--no-wait", description = "Return once AWS accepted the change instead of following the rollout.")
    boolean noWait;

    /** The request the flags describe; bad input throws {@link IllegalArgumentException}. */
    protected abstract ActionRequest request();

    @Override
    protected final void validate() {
        checkedRequest();
    }

    private ActionRequest checkedRequest() {
        try {
            return request();
        } catch (ActionRefused e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    @Override
    protected final int run(Session session, Printer printer) {
        ActionRequest request = checkedRequest();
        Preview preview = session.actions().preview(request).blockingGet();
        printer.line(preview.title());
        for (Change c : preview.changes()) {
            printer.line("  " + c.what() + ": " + c.before() + " -> " + c.after());
        }
        if (preview.diff() != null && !preview.diff().isBlank()) {
            printer.line(preview.diff().stripTrailing());
        }
        String typed = null;
        if (!yes) {
            Prompter prompter = root.prompter();
            if (!prompter.interactive()) {
                throw new ActionRefused("not changed: stdin is not a terminal, so nobody can confirm; add --yes to "
                        + request.describe());
            }
            if (preview.confirmPhrase() != null) {
                typed = prompter.ask("Protected context: type " + preview.confirmPhrase() + " to confirm: ");
                if (typed == null || !typed.strip().equals(preview.confirmPhrase())) {
                    throw new ActionRefused("not changed: the confirmation did not match " + preview.confirmPhrase());
                }
                typed = typed.strip();
            } else {
                String answer = prompter.ask("Apply? [y/N] ");
                if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
                    throw new ActionRefused("not changed: not confirmed");
                }
            }
        } else if (preview.confirmPhrase() != null) {
            typed = preview.confirmPhrase();
        }
        int[] code = {ExitCodes.OK};
        var events = session.actions().execute(preview, typed);
        if (noWait) {
            events = events.takeUntil(e -> e instanceof ActionEvent.Submitted);
        }
        events.blockingForEach(e -> {
            switch (e) {
                case ActionEvent.Submitted s -> printer.line("submitted: " + s.summary());
                case ActionEvent.Progress p -> printer.line("rollout: " + p.running() + "/" + p.desired() + " running"
                        + (p.message() == null ? "" : "  " + p.message()));
                case ActionEvent.Settled s -> printer.line("done: " + s.message());
                case ActionEvent.Failed f -> {
                    err().println("berth " + spec.name() + ": " + f.message());
                    err().flush();
                    code[0] = ExitCodes.FAILED;
                }
            }
        });
        return code[0];
    }
}
