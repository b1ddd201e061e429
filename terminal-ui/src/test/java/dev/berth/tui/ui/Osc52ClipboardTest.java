package dev.berth.tui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.tui.shell.Osc52Clipboard;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Osc52ClipboardTest {
    @Test
    void copyWritesTheBase64OscSequenceToTheTerminal() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        new Osc52Clipboard(terminal).copy("arn:aws:ecs:us-east-1:123456789012:service/demo/web");
        assertThat(terminal.toString(StandardCharsets.US_ASCII))
                .isEqualTo("\u001b]52;c;YXJuOmF3czplY3M6dXMtZWFzdC0xOjEyMzQ1Njc4OTAxMjpzZXJ2aWNlL2RlbW8vd2Vi\u0007");
    }
}
