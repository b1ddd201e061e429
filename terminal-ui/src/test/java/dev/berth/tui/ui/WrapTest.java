package dev.berth.tui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {
    private static List<String> texts(List<StyledLine> rows) {
        return rows.stream().map(StyledLine::text).toList();
    }

    @Test
    void aLineThatFitsIsLeftAlone() {
        StyledLine line = StyledLine.of(" short");
        assertThat(Wrap.line(line, 20)).containsExactly(line);
    }

    @Test
    void keyValueLinesWrapUnderTheirValueAtABlank() {
        StyledLine line = Document.Builder.keyValue("Note", "peaks at 27% CPU and 37% memory of 0.5 vCPU over 24 hours", Tone.NORMAL);
        List<String> rows = texts(Wrap.line(line, 60));
        assertThat(rows).containsExactly(
                " Note                    peaks at 27% CPU and 37% memory of",
                "                         0.5 vCPU over 24 hours");
        assertThat(rows).allMatch(r -> r.length() <= 60);
    }

    @Test
    void arnsBreakAfterASeparatorAndNothingIsLost() {
        String arn = "arn:aws:ecs:us-east-1:123456789012:service/prod/catalog-api";
        StyledLine line = Document.Builder.keyValue("ARN", arn, Tone.DIM);
        List<String> rows = texts(Wrap.line(line, 70));
        assertThat(rows).containsExactly(" ARN                     arn:aws:ecs:us-east-1:123456789012:service/",
                "                         prod/catalog-api");
        assertThat(String.join("", rows).replace(" ", "")).isEqualTo(("ARN" + arn));
    }

    @Test
    void continuationRowsKeepEachSpansTone() {
        StyledLine line = StyledLine.builder().add("    ✖ ", Tone.BAD).add("10.0.1.23:8080 task 1a2b3c4d unhealthy ", Tone.NORMAL)
                .add("Target.ResponseCodeMismatch: Health checks failed with these codes: [502]", Tone.BAD).build();
        List<StyledLine> rows = Wrap.line(line, 50);
        assertThat(rows).hasSizeGreaterThan(1).allMatch(r -> r.length() <= 50);
        assertThat(rows.get(rows.size() - 1).spans()).last().satisfies(s -> assertThat(s.tone()).isEqualTo(Tone.BAD));
        assertThat(rows.get(1).text()).startsWith("      ");
    }

    @Test
    void eachSourceLineKnowsTheRowItStartsOn() {
        Wrap.Result r = Wrap.lines(List.of(StyledLine.of("a ".repeat(30)), StyledLine.of("b")), 20);
        assertThat(r.firstRow()[0]).isZero();
        assertThat(r.rows().get(r.firstRow()[1]).text()).isEqualTo("b");
    }
}
