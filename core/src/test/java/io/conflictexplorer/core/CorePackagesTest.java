package io.conflictexplorer.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Core's walls: it imports nothing outside {@code java.*} (no framework, no JavaFX, no JSON
 * library), its packages form no cycle, and it knows no word of the wire protocol (the node speaks
 * it, the check module reads it). A rule that fails names the class and the dependency, or the
 * file and the line.
 */
class CorePackagesTest {

    /** Maelstrom's envelope fields and the task's message types: the node's vocabulary, not core's. */
    private static final Pattern WIRE_WORDS = Pattern.compile(
            "\\b(msg_id|in_reply_to|vv_read|vv_write|vv_read_ok|vv_write_ok|set_mode|init_ok|kv_merge)\\b");

    private static JavaClasses core;

    @BeforeAll
    static void importClasses() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.conflictexplorer.core");
    }

    @Test
    void coreDependsOnJavaAlone() {
        classes()
                .that()
                .resideInAPackage("io.conflictexplorer.core..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.conflictexplorer.core..", "java..")
                .because("core is plain Java: the rules, testable and reusable anywhere")
                .check(core);
    }

    @Test
    void coresPackagesFormNoCycle() {
        slices().matching("io.conflictexplorer.core.(*)..")
                .should()
                .beFreeOfCycles()
                .check(core);
    }

    @Test
    void coreSourcesSayNoWordOfTheWireProtocol() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> found;
        try (Stream<Path> files = Files.walk(main)) {
            found = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(CorePackagesTest::wireWords)
                    .toList();
        }
        assertEquals(List.of(), found, "core sources that name the wire protocol");
    }

    private static Stream<String> wireWords(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return IntStream.range(0, lines.size())
                    .filter(i -> WIRE_WORDS.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
