package dev.berth.tui.describe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void showsChangedLinesWithContextAndHunkHeader() {
        String a = "{\n  \"family\": \"web\",\n  \"revision\": 2,\n  \"memory\": \"512\"\n}";
        String b = "{\n  \"family\": \"web\",\n  \"revision\": 3,\n  \"memory\": \"1024\"\n}";
        String diff = UnifiedDiff.of("web:2", a, "web:3", b);
        assertThat(diff).startsWith("--- web:2\n+++ web:3\n@@ -1,5 +1,5 @@\n");
        assertThat(diff).contains("-  \"revision\": 2,\n").contains("+  \"revision\": 3,\n")
                .contains("-  \"memory\": \"512\"\n").contains("+  \"memory\": \"1024\"\n")
                .contains("   \"family\": \"web\",\n");
    }

    @Test
    void identicalTextsSaySo() {
        assertThat(UnifiedDiff.of("a", "x\ny", "b", "x\ny")).endsWith("(no differences)\n");
    }
}
