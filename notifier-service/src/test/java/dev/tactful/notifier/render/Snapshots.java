package dev.tactful.notifier.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Approved-output files in {@code src/test/resources/snapshots/}. A missing snapshot is written once from the
 * current output and the test fails, so a person reviews it and commits it; afterwards the text must match exactly.
 */
final class Snapshots {

    private static final Path DIR = Path.of("src/test/resources/snapshots");

    private Snapshots() {
    }

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name + ".txt");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                fail("Snapshot " + file + " did not exist and was written; review it, commit it and rerun");
            }
            assertThat(actual).as("snapshot %s", name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
