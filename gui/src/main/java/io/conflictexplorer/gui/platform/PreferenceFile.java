package io.conflictexplorer.gui.platform;

import io.conflictexplorer.files.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A file of preferences in the app's folder ({@code settings.properties}, {@code
 * node-test.properties}): read as properties, with a missing or unreadable file read as none, and
 * written whole or not at all, a file that cannot be written let be. A preference is never worth an
 * error dialog: what was chosen still holds for the session, it is only not remembered.
 */
public record PreferenceFile(Path file) {

    /** The properties in the file; none when it is missing or unreadable. */
    public Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return p;
    }

    /** Writes {@code p} with the {@code comment} line, through {@link AtomicFile}; a failure is let be. */
    public void write(Properties p, String comment) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, out -> p.store(out, comment));
        } catch (IOException e) {
            // the choice still holds for this session; it is only not remembered
        }
    }
}
