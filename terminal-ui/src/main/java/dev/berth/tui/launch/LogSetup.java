package dev.berth.tui.launch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.berth.core.config.BerthPaths;

/**
 * Sends every log line to {@code ${XDG_STATE_HOME:-~/.local/state}/berth/berth.log} and nowhere
 * else: the terminal belongs to the UI (and to scripts reading stdout). Configured in code, found
 * by logback through its service loader, which also skips parsing an XML file at start-up.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** Tests and benchmarks point the log elsewhere with this system property. */
    public static final String FILE_PROPERTY = "berth.log.file";

    public static Path logFile() {
        String override = System.getProperty(FILE_PROPERTY);
        return override != null ? Path.of(override) : BerthPaths.fromEnvironment().stateDir().resolve("berth.log");
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Path file = logFile();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            // Without a writable state directory Berth runs without a log rather than on the terminal.
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty("berth.log.level"), Level.INFO));
        root.addAppender(appender);
        // The SDK's wire logs are noise at INFO and may carry headers.
        context.getLogger("software.amazon.awssdk").setLevel(Level.WARN);
        context.getLogger("org.apache.http").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
