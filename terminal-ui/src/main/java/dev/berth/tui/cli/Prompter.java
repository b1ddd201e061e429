package dev.berth.tui.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Asks a person a question on the terminal, if there is a person at a terminal. */
public interface Prompter {
    /** Whether stdin and stdout are a terminal someone can answer on. */
    boolean interactive();

    /** Shows the question and reads one line (null at end of input). */
    String ask(String question);

    /**
     * The process's console; on JDK 22+ a console exists even when redirected, so ask it. Looked
     * at only when a command first asks: the terminal UI never does, and the look costs start-up.
     */
    static Prompter console() {
        return new Prompter() {
            private Console console;
            private Boolean tty;

            @Override
            public synchronized boolean interactive() {
                if (tty == null) {
                    console = System.console();
                    tty = console != null && isTerminal(console);
                }
                return tty;
            }

            @Override
            public String ask(String question) {
                interactive();
                return console.readLine("%s", question);
            }
        };
    }

    private static boolean isTerminal(Console c) {
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a non-null console is a terminal
        }
    }
}
