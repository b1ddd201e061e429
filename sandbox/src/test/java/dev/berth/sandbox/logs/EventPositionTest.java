package dev.berth.sandbox.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventPositionTest {

    @Test
    void digitsSortLikePositions() {
        List<EventPosition> positions = List.of(new EventPosition(5, 9), new EventPosition(5, 10),
                new EventPosition(6, 1), new EventPosition(1_795_552_489_211L, Long.MAX_VALUE));
        assertThat(positions).isSorted();
        assertThat(positions.stream().map(EventPosition::digits).toList()).isSorted().allMatch(d -> d.length() == 56);
    }

    @Test
    void predecessorAndSuccessorLeaveNoRoomBetween() {
        EventPosition p = new EventPosition(100, 0);
        assertThat(p.predecessor()).isEqualTo(new EventPosition(99, Long.MAX_VALUE));
        assertThat(p.predecessor().successor()).isEqualTo(p);
        assertThat(new EventPosition(7, 3).successor()).isEqualTo(new EventPosition(7, 4));
        assertThat(EventPosition.BEFORE_ALL.predecessor()).isEqualTo(EventPosition.BEFORE_ALL);
    }

    @Test
    void parsesOnlyItsOwnDigits() {
        EventPosition p = new EventPosition(1_795_552_489_211L, 42);
        assertThat(EventPosition.parse(p.digits())).isEqualTo(p);
        assertThat(EventPosition.parse("123")).isNull();
        assertThat(EventPosition.parse("x".repeat(56))).isNull();
        assertThat(EventPosition.parse("9".repeat(56))).isNull();
        assertThat(EventPosition.parse(null)).isNull();
    }

    @Test
    void eventIdsCountUtf8BytesPlusOverhead() {
        // d, j and the space are one byte each, é and à two, the euro sign three.
        assertThat(LogEvent.of(1, 2, "déjà €", 3).size()).isEqualTo(3 + 2 * 2 + 3 + 26);
        assertThat(LogEvent.of(1, 2, "\uD83D\uDE00", 3).size()).isEqualTo(4 + 26);
        assertThat(LogEvent.of(9, 2, "x", 3).eventId()).isEqualTo(new EventPosition(9, 3).digits());
    }
}
