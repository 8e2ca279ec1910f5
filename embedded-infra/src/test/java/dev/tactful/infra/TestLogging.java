package dev.tactful.infra;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * In this plain JUnit JVM, JBoss LogManager only has Quarkus' delayed handler, which buffers until a Quarkus app
 * starts (never, here), so nothing would be printed. Add a console handler to show our own INFO lines
 * (which servers started, where, how fast) and only warnings from the servers themselves.
 */
public class TestLogging implements LauncherSessionListener {

    // Strong references: JUL keeps loggers weakly, and a collected logger forgets its level.
    private static final Logger[] QUIET = {
            Logger.getLogger("kafka"), Logger.getLogger("org.apache.kafka"), Logger.getLogger("io.zonky"),
            Logger.getLogger("com.icegreen"), Logger.getLogger("state.change.logger") };

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Logger root = Logger.getLogger("");
        ConsoleHandler console = new ConsoleHandler(new PatternFormatter("%d{HH:mm:ss,SSS} %-5p [%c{1.}] %s%e%n"));
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(Level.INFO);
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
    }
}
