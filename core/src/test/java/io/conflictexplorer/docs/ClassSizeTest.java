package io.conflictexplorer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class in any module's {@code src/main} is over {@value #MOST} lines, unless the architecture
 * page names it in its section on long classes and says why its one job needs the length: a class
 * that grows past it has taken on a second job, which gets its own room.
 */
class ClassSizeTest {

    static final int MOST = 500;

    @Test
    void everyLongClassIsNamedOnTheArchitecturePage() throws IOException {
        Path root = DocFiles.root();
        String page = Files.readString(root.resolve("docs/dev/architecture.md"));
        int from = page.indexOf("## Long classes");
        String section = from < 0 ? "" : page.substring(from);
        List<String> unexplained = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    for (Path f :
                            files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        long lines;
                        try (Stream<String> l = Files.lines(f)) {
                            lines = l.count();
                        }
                        String name = f.getFileName().toString().replace(".java", "");
                        if (lines > MOST && !section.contains("`" + name + "`")) {
                            unexplained.add(root.relativize(f) + " (" + lines + " lines)");
                        }
                    }
                }
            }
        }
        assertEquals(
                List.of(),
                unexplained,
                "classes over " + MOST + " lines that docs/dev/architecture.md's \"## Long classes\" does not name");
    }
}
