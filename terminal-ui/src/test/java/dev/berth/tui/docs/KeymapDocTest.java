package dev.berth.tui.docs;

import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.keymap.Scope;
import dev.berth.tui.support.DocsFile;
import org.junit.jupiter.api.Test;

/** docs/keymap.md is generated from the core keymap; this fails when it is stale. */
class KeymapDocTest {
    static String markdown(Keymap keymap) {
        StringBuilder md = new StringBuilder("""
                # Keymap

                Generated from `dev.berth.core.keymap.Command` by `KeymapDocTest`; both UIs use these keys and
                their hint bars and help screens come from the same table. Override a key in
                `${XDG_CONFIG_HOME:-~/.config}/berth/config.yaml` under `keys:` by its id, e.g. `stop-task: ctrl-x`.
                Changes (marked *asks first*) are hidden and refused with `--read-only`.

                """);
        for (Scope scope : Scope.values()) {
            md.append("## ").append(switch (scope) {
                case GLOBAL -> "Everywhere";
                case LIST -> "Lists (clusters, services, tasks, containers, task definitions, triage, events)";
                case LOGS -> "Logs";
                case TEXT -> "Text views (service and task details, describe, JSON, evidence, diffs)";
            }).append("\n\n| key | id | does |\n|---|---|---|\n");
            for (Command c : Command.values()) {
                if (c.scope() == scope) {
                    md.append("| `").append(keymap.chord(c)).append("` | ").append(c.id()).append(" | ")
                            .append(c.description().replace("|", "\\|")).append(c.mutating() ? " (*asks first*)" : "")
                            .append(" |\n");
                }
            }
            md.append('\n');
        }
        md.append("In lists and text views `↑`/`↓`, `pgup`/`pgdn`, `home`/`end` move (also `j`/`k`, `g`/`G`); in text views `space` pages.\n");
        md.append("Text views also take the list keys for what they show (`l`, `e`, `m`, `y`, `c`); `" + keymap.chord(Command.REVEAL) + "` reveals masked values on\n"
                + "that screen only, and leaving the screen masks them again.\n");
        md.append("`:` commands: ").append(String.join(", ", "`:clusters`", "`:services [CLUSTER]`", "`:tasks [CLUSTER]`",
                "`:instances [CLUSTER]`", "`:taskdefs`", "`:triage [CLUSTER]`", "`:ctx [PROFILE]`", "`:region [REGION]`", "`:q`"))
                .append(".\n`:ctx` and `:region` without a name list the profiles or regions; `Enter` on one switches the whole UI to it.\n");
        return md.toString();
    }

    @Test
    void keymapDocIsCurrent() {
        DocsFile.check("keymap.md", markdown(Keymap.defaults()));
    }
}
