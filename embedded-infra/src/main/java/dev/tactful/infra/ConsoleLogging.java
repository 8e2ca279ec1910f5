package dev.tactful.infra;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Console logging outside Quarkus (the launcher, this module's tests). JBoss LogManager on this classpath only
 * gets Quarkus' delayed handler, which holds records until a Quarkus app starts, so without this nothing shows.
 * Our lines (what started where, how fast) at INFO; the servers' own chatter only from WARN up.
 */
public final class ConsoleLogging {

    // Strong references: JUL holds loggers weakly, and a collected logger forgets its level.
    private static final String[] QUIET = { "kafka", "org.apache.kafka", "state.change.logger", "io.zonky",
            "com.icegreen", "io.smallrye.reactive.messaging.kafka" };
    private static final java.util.List<Logger> KEEP = new java.util.ArrayList<>();
    private static boolean installed;

    private ConsoleLogging() {
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        Logger root = Logger.getLogger("");
        ConsoleHandler console = new ConsoleHandler(new PatternFormatter("%d{HH:mm:ss,SSS} %-5p [%c{1.}] %s%e%n"));
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(Level.INFO);
        for (String name : QUIET) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            KEEP.add(logger);
        }
    }
}
