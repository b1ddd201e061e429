package dev.berth.tui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file under docs/ that tests generate. The test fails when the checked-in file differs from
 * what the code produces now; run with {@code -Dberth.docs.update=true} to rewrite it.
 */
public final class DocsFile {
    private DocsFile() {
    }

    /** The repository's docs/ directory (tests run in terminal-ui/). */
    public static Path docs() {
        return Path.of("..", "docs").toAbsolutePath().normalize();
    }

    /** True when this run rewrites the generated docs ({@code -Dberth.docs.update=true}). */
    public static boolean updating() {
        return Boolean.getBoolean("berth.docs.update");
    }

    public static void check(String name, String content) {
        Path file = docs().resolve(name);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
            }
            assertThat(file).as(name + " is missing; run the test with -Dberth.docs.update=true").exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("docs/" + name + " is stale; run the test with -Dberth.docs.update=true and commit it")
                    .isEqualTo(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
