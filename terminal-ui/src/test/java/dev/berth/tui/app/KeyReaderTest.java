package dev.berth.tui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KeyReaderTest {
    /** Keys a test types; read() blocks until one is typed, like a terminal. */
    private final BlockingQueue<Object> typed = new LinkedBlockingQueue<>();
    private final Semaphore wakes = new Semaphore(0);
    private final KeyReader reader = new KeyReader(() -> {
        Object next = take();
        if (next instanceof IOException e) {
            throw e;
        }
        return (KeyStroke) next;
    }, wakes::release);

    private Object take() {
        try {
            return typed.take();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitWake() throws InterruptedException {
        assertThat(wakes.tryAcquire(10, TimeUnit.SECONDS)).as("the UI thread was woken").isTrue();
    }

    @Test
    void keysAreQueuedInOrderAndEachWakesTheUiThread() throws Exception {
        reader.start();
        assertThat(reader.poll()).as("nothing typed yet").isNull();

        typed.add(new KeyStroke('j', false, false));
        awaitWake();
        typed.add(new KeyStroke(KeyType.ArrowDown));
        awaitWake();

        assertThat(reader.poll()).isEqualTo(new KeyStroke('j', false, false));
        assertThat(reader.poll()).isEqualTo(new KeyStroke(KeyType.ArrowDown));
        assertThat(reader.poll()).isNull();
    }

    @Test
    void endOfInputIsPassedOnAsAnEofKeyAndReadingStops() throws Exception {
        reader.start();
        typed.add(new KeyStroke(KeyType.EOF));
        awaitWake();
        typed.add(new KeyStroke('x', false, false));   // never read: the reader ended at EOF

        assertThat(reader.poll().getKeyType()).isEqualTo(KeyType.EOF);
        assertThat(reader.poll()).isNull();
        assertThat(wakes.tryAcquire(200, TimeUnit.MILLISECONDS)).as("no wake after the end").isFalse();
        assertThat(typed).hasSize(1);
    }

    @Test
    void aReadErrorReachesTheUiThreadAfterTheKeysBeforeIt() throws Exception {
        reader.start();
        typed.add(new KeyStroke('q', false, false));
        awaitWake();
        typed.add(new IOException("terminal gone"));
        awaitWake();

        assertThat(reader.poll()).isEqualTo(new KeyStroke('q', false, false));
        assertThatThrownBy(reader::poll).isInstanceOf(IOException.class).hasMessage("terminal gone");
    }
}
