package dev.berth.core.keymap;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The chords in force: the defaults of {@link Command} with config.yaml's overrides applied.
 * Unknown command ids, unreadable chords and two commands on one chord in overlapping scopes are
 * refused when the keymap is built, with a message naming the culprit.
 */
public final class Keymap {
    private final Map<Command, KeyChord> chords;

    private Keymap(Map<Command, KeyChord> chords) {
        this.chords = Collections.unmodifiableMap(chords);
    }

    public static Keymap defaults() {
        return withOverrides(Map.of());
    }

    /** {@code overrides} maps command ids to chord notation, e.g. {@code stop-task: ctrl-x}. */
    public static Keymap withOverrides(Map<String, String> overrides) {
        Map<Command, KeyChord> chords = new EnumMap<>(Command.class);
        for (Command c : Command.values()) {
            chords.put(c, c.defaultChord());
        }
        overrides.forEach((id, notation) -> {
            Command c = Command.byId(id);
            if (c == null) {
                throw new IllegalArgumentException("keys: unknown command '" + id + "'");
            }
            try {
                chords.put(c, KeyChord.parse(notation));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("keys." + id + ": " + e.getMessage());
            }
        });
        checkClashes(chords);
        return new Keymap(chords);
    }

    private static void checkClashes(Map<Command, KeyChord> chords) {
        Map<KeyChord, List<Command>> byChord = new HashMap<>();
        chords.forEach((c, k) -> byChord.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(c));
        byChord.forEach((chord, commands) -> {
            for (int i = 0; i < commands.size(); i++) {
                for (int j = i + 1; j < commands.size(); j++) {
                    Command a = commands.get(i);
                    Command b = commands.get(j);
                    if (overlap(a.scope(), b.scope()) && !sameIntent(a, b)) {
                        throw new IllegalArgumentException("keys: '" + chord + "' is bound to both "
                                + a.id() + " and " + b.id());
                    }
                }
            }
        });
    }

    private static boolean overlap(Scope a, Scope b) {
        return a == b || a == Scope.GLOBAL || b == Scope.GLOBAL;
    }

    /** Enter opens in lists and jumps to a line's task in logs: one intent, two scopes. */
    private static boolean sameIntent(Command a, Command b) {
        return (a == Command.OPEN && b == Command.JUMP_TO_TASK) || (a == Command.JUMP_TO_TASK && b == Command.OPEN);
    }

    public KeyChord chord(Command c) {
        return chords.get(c);
    }

    /** The command a chord triggers in a scope (scope-specific bindings win over global ones). */
    public Optional<Command> command(KeyChord chord, Scope scope) {
        Optional<Command> specific = find(chord, scope);
        return specific.isPresent() ? specific : find(chord, Scope.GLOBAL);
    }

    private Optional<Command> find(KeyChord chord, Scope scope) {
        return chords.entrySet().stream()
                .filter(e -> e.getValue().equals(chord) && e.getKey().scope() == scope)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Commands usable in a scope, global ones included, in catalogue order; mutating ones dropped when read-only. */
    public List<Command> commands(Scope scope, boolean readOnly) {
        return Stream.of(Command.values())
                .filter(c -> c.scope() == scope || c.scope() == Scope.GLOBAL)
                .filter(c -> !(readOnly && c.mutating()))
                .toList();
    }
}
