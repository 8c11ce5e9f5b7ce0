package io.conflictexplorer.check;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The Python nodes the tests run: the wrong nodes of {@code src/test/resources/wrong-nodes} (each
 * the course's student-style node with one bug) and the course's baseline beside the repository,
 * started with the real interpreter behind {@code python3} (as {@code PythonNumbersPropertiesTest}
 * finds it: a version manager's shim adds hundreds of milliseconds to every start). A test that
 * needs Python skips without it.
 */
public final class PythonNodes {

    private static String interpreter;
    private static boolean looked;

    private PythonNodes() {}

    /** The real interpreter's path, or null when there is no {@code python3}. */
    public static synchronized String interpreter() {
        if (!looked) {
            looked = true;
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)")
                        .redirectErrorStream(true)
                        .start();
                String path = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                interpreter = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !path.isEmpty() ? path : null;
            } catch (IOException e) {
                interpreter = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return interpreter;
    }

    /** The command that runs {@code script}, quoted for /bin/sh. */
    public static String command(Path script) {
        return quote(interpreter()) + " " + quote(script.toAbsolutePath().toString());
    }

    /** The wrong node (or {@code student-node}, the correct one) named {@code name}, without {@code .py}. */
    public static Path wrongNode(String name) {
        try {
            return Path.of(PythonNodes.class
                    .getResource("/wrong-nodes/" + name + ".py")
                    .toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no wrong node " + name, e);
        }
    }

    /** The course's baseline node, or null when it is not beside the repository. */
    public static Path baseline() {
        String p = System.getProperty("python.baseline");
        return p != null && Files.isRegularFile(Path.of(p)) ? Path.of(p) : null;
    }

    public static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
