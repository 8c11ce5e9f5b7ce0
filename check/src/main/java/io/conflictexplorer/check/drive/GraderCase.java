package io.conflictexplorer.check.drive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A test case in the course task's format: {@code NAME.in}, the lines a grader sends (compact JSON,
 * one message a line), and {@code NAME.out}, the replies a correct node prints, byte for byte (the
 * reference node's: Python's {@code json.dumps} spacing and key order).
 *
 * @param in  the {@code .in} file's text, each line ending in a line break
 * @param out the {@code .out} file's text, each line ending in a line break
 */
public record GraderCase(String in, String out) {

    public GraderCase {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
    }

    /**
     * Writes {@code NAME.in} and {@code NAME.out}, NAME being {@code name} without a trailing
     * {@code .in} or {@code .out}; returns the two files.
     */
    public List<Path> write(Path name) throws IOException {
        String base = name.getFileName().toString().replaceFirst("\\.(in|out)$", "");
        Path in = name.resolveSibling(base + ".in");
        Path out = name.resolveSibling(base + ".out");
        Files.writeString(in, this.in, StandardCharsets.UTF_8);
        Files.writeString(out, this.out, StandardCharsets.UTF_8);
        return List.of(in, out);
    }
}
