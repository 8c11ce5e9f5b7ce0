package io.conflictexplorer.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The repository's root and its Markdown files (not in build output, dependencies or hidden folders). */
final class DocFiles {

    private static final Set<String> SKIPPED = Set.of("target", "node_modules");

    private DocFiles() {}

    /** The repository's root: the nearest folder up from here with the Maven wrapper. */
    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve(".mvn"))) {
                return p;
            }
        }
        throw new IllegalStateException(
                "no repository root (with mvnw) above " + Path.of("").toAbsolutePath());
    }

    static List<Path> markdown(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> notSkipped(root.relativize(p)))
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    /** False for a path inside target/, node_modules/ or a folder whose name starts with a dot. */
    static boolean notSkipped(Path p) {
        for (Path part : p) {
            String name = part.toString();
            if (SKIPPED.contains(name) || (name.startsWith(".") && name.length() > 1)) {
                return false;
            }
        }
        return true;
    }
}
