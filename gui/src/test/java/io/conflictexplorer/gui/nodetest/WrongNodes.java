package io.conflictexplorer.gui.nodetest;

import io.conflictexplorer.check.PythonNodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The wrong Python nodes of check's test resources, as commands the app's tests can run. Under
 * {@code mvn verify} check's test classes come as a jar, whose files have no path a process can
 * run: each script is copied out to a temporary file first.
 */
public final class WrongNodes {

    private WrongNodes() {}

    /** The command that runs wrong node {@code name} (without {@code .py}) with the real interpreter, or null without python3. */
    public static String command(String name) {
        if (PythonNodes.interpreter() == null) {
            return null;
        }
        return PythonNodes.command(script(name));
    }

    /** The script of wrong node {@code name}, as a file. */
    public static Path script(String name) {
        String resource = "/wrong-nodes/" + name + ".py";
        try (InputStream in = PythonNodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no wrong node " + name);
            }
            Path file = Files.createTempFile(name + "-", ".py");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
