package dev.berth.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a", "b", "x\ny\n", "x\ny\n")).isEmpty();
    }

    @Test
    void oneChangedLineShowsThreeLinesOfContextEachSide() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9";
        assertThat(LineDiff.unified("web:4", "web:5", before, after)).isEqualTo("""
                --- web:4
                +++ web:5
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """);
    }

    @Test
    void farApartChangesMakeSeparateHunksAndNearOnesMerge() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            a.append('L').append(i).append('\n');
        }
        String before = a.toString();
        String after = before.replace("L2\n", "two\n").replace("L25\n", "L25\nextra\n");
        String diff = LineDiff.unified("a", "b", before, after);
        assertThat(diff.lines().filter(l -> l.startsWith("@@"))).containsExactly("@@ -1,5 +1,5 @@", "@@ -23,6 +23,7 @@");
        String near = before.replace("L3\n", "three\n").replace("L8\n", "eight\n");
        assertThat(LineDiff.unified("a", "b", before, near).lines().filter(l -> l.startsWith("@@"))).hasSize(1);
    }

    @Test
    void insertionsAndDeletionsAtTheEdges() {
        assertThat(LineDiff.unified("a", "b", "", "new")).isEqualTo("--- a\n+++ b\n@@ -1,0 +1,1 @@\n+new\n");
        assertThat(LineDiff.unified("a", "b", "gone\nkept", "kept")).isEqualTo("--- a\n+++ b\n@@ -1,2 +1,1 @@\n-gone\n kept\n");
    }

    @Test
    void aTaskDefinitionImageChangeReadsAsItShould() {
        String v4 = """
                {
                  "family" : "web",
                  "revision" : 4,
                  "containerDefinitions" : [ {
                    "name" : "web",
                    "image" : "nginx:1.25",
                    "memory" : 512
                  } ]
                }""";
        String v5 = v4.replace("\"revision\" : 4", "\"revision\" : 5").replace("nginx:1.25", "nginx:1.27");
        String diff = LineDiff.unified("web:4", "web:5", v4, v5);
        assertThat(diff).contains("-  \"revision\" : 4,\n+  \"revision\" : 5,\n")
                .contains("-    \"image\" : \"nginx:1.25\",\n+    \"image\" : \"nginx:1.27\",\n");
    }
}
