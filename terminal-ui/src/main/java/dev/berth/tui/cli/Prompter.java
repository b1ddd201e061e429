package dev.berth.tui.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Asks a person a question on the terminal, if there is a person at a terminal. */
public interface Prompter {
    /** Whether stdin and stdout are a terminal someone can answer on. */
    boolean interactive();

    /** Shows the question and reads one line (null at end of input). */
    String ask(String question);

    /** The process's console; on JDK 22+ a console exists even when redirected, so ask it. */
    static Prompter console() {
        Console c = System.console();
        boolean tty = c != null && isTerminal(c);
        return new Prompter() {
            @Override
            public boolean interactive() {
                return tty;
            }

            @Override
            public String ask(String question) {
                return c.readLine("%s", question);
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
