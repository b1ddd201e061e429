package dev.berth.core.keymap;

/** Where a command's key works. A key may mean different things in different non-global scopes. */
public enum Scope {
    /** Everywhere (unless a dialog or text field has focus). */
    GLOBAL,
    /** Resource lists: clusters, services, tasks, containers, task definitions. */
    LIST,
    /** The log view. */
    LOGS,
    /** Text views: a service's or task's details, raw JSON, a finding's evidence, a revision diff. */
    TEXT
}
