package dev.tactful.infra;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Makes the servers' start lines visible in this module's test output (see {@link ConsoleLogging}). */
public class TestLogging implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ConsoleLogging.install();
    }
}
