package dev.berth.core.keymap;

/**
 * Every command a key can trigger, the same in both UIs. Hint bars, help screens, menus and the
 * docs' keymap table are generated from this catalogue and the {@link Keymap}.
 *
 * @implNote Config files name commands by {@link #id()}; renaming one breaks users' overrides.
 */
public enum Command {
    OPEN("open", "Open / drill down", "enter", Scope.GLOBAL, false),
    BACK("back", "Back", "esc", Scope.GLOBAL, false),
    COMMAND("command", "Command (:clusters, :services, :tasks, :instances, :taskdefs, :triage, :ctx, :region)", ":", Scope.GLOBAL, false),
    FILTER("filter", "Filter (! inverts)", "/", Scope.GLOBAL, false),
    HELP("help", "Help for this screen", "?", Scope.GLOBAL, false),
    REFRESH("refresh", "Refresh now", "ctrl-r", Scope.GLOBAL, false),
    TRIAGE("triage", "Triage: what is wrong now", "t", Scope.LIST, false),
    LOGS("logs", "Logs (task, container or whole service)", "l", Scope.LIST, false),
    DESCRIBE("describe", "Describe", "d", Scope.LIST, false),
    JSON("json", "Raw JSON", "y", Scope.LIST, false),
    EVENTS("events", "Events and deployments", "e", Scope.LIST, false),
    METRICS("metrics", "Metrics", "m", Scope.LIST, false),
    SORT("sort", "Sort by next column", "o", Scope.LIST, false),
    SORT_REVERSE("sort-reverse", "Reverse sort", "O", Scope.LIST, false),
    COPY("copy", "Copy the selection's ARN/id", "c", Scope.LIST, false),
    MARK("mark", "Mark a row (then d on a revision diffs the two)", "space", Scope.LIST, false),
    SCALE("scale", "Scale (desired count)", "s", Scope.LIST, true),
    REDEPLOY("redeploy", "Redeploy (force new deployment)", "r", Scope.LIST, true),
    CHANGE_REVISION("change-revision", "Change task definition revision", "u", Scope.LIST, true),
    ROLLBACK("rollback", "Roll back to the previous revision", "b", Scope.LIST, true),
    STOP_TASK("stop-task", "Stop task", "ctrl-k", Scope.LIST, true),
    INSTANCES("instances", "Container instances of the cluster (free CPU/memory, agent)", "i", Scope.LIST, false),
    FOLLOW("follow", "Follow / pause", "f", Scope.LOGS, false),
    WRAP("wrap", "Wrap lines", "w", Scope.LOGS, false),
    TIMESTAMPS("timestamps", "Timestamps on/off", "T", Scope.LOGS, false),
    SAVE("save", "Save to file", "ctrl-s", Scope.LOGS, false),
    JUMP_TO_TASK("jump-to-task", "Open the line's task", "enter", Scope.LOGS, false),
    SINCE_TAIL("since-tail", "From now on", "0", Scope.LOGS, false),
    SINCE_1M("since-1m", "Last minute", "1", Scope.LOGS, false),
    SINCE_5M("since-5m", "Last 5 minutes", "2", Scope.LOGS, false),
    SINCE_15M("since-15m", "Last 15 minutes", "3", Scope.LOGS, false),
    SINCE_30M("since-30m", "Last 30 minutes", "4", Scope.LOGS, false),
    SINCE_1H("since-1h", "Last hour", "5", Scope.LOGS, false),
    SINCE_3H("since-3h", "Last 3 hours", "6", Scope.LOGS, false),
    NEXT_SECTION("next-section", "Next section", "tab", Scope.TEXT, false),
    PREVIOUS_SECTION("previous-section", "Previous section", "shift-tab", Scope.TEXT, false),
    REVEAL("reveal", "Show / mask values of secret-looking variables (this view only)", "x", Scope.TEXT, false),
    QUIT("quit", "Quit", "ctrl-c", Scope.GLOBAL, false);

    private final String id;
    private final String description;
    private final KeyChord defaultChord;
    private final Scope scope;
    private final boolean mutating;

    Command(String id, String description, String defaultChord, Scope scope, boolean mutating) {
        this.id = id;
        this.description = description;
        this.defaultChord = KeyChord.parse(defaultChord);
        this.scope = scope;
        this.mutating = mutating;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public KeyChord defaultChord() {
        return defaultChord;
    }

    public Scope scope() {
        return scope;
    }

    /** Mutating commands are hidden and refused in read-only contexts. */
    public boolean mutating() {
        return mutating;
    }

    public static Command byId(String id) {
        for (Command c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        return null;
    }
}
