package io.conflictexplorer.check.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.files.PresetFile;
import io.conflictexplorer.files.Presets;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every preset the task's messages express, exported as a grader case in each mode and fed to the
 * real node ({@code protocol-node/bin/protocol-node}), gives exactly the case's {@code .out}, byte
 * for byte: the export writes what a grader sends and what the reference answers.
 */
class CaseExportIT {

    @TempDir
    Path tmp;

    @TestFactory
    List<DynamicTest> eachExportedPresetIsAnsweredByTheNodeExactlyAsItsOut() {
        List<DynamicTest> tests = new ArrayList<>();
        for (PresetFile p : Presets.numbered()) {
            if (!TaskScope.of(p.scenario()).expressible()) {
                continue;
            }
            for (Mode mode : NodeTest.MODES) {
                tests.add(DynamicTest.dynamicTest(p.file() + " " + mode.wireName(), () -> {
                    GraderCase kase = CaseExport.of(p.scenario(), mode);
                    Path in = kase.write(tmp.resolve(p.file() + "-" + mode.wireName()))
                            .get(0);
                    Process node = new ProcessBuilder(System.getProperty("node.launcher"))
                            .redirectInput(in.toFile())
                            .redirectError(ProcessBuilder.Redirect.to(new File("/dev/null")))
                            .start();
                    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(node.waitFor(30, TimeUnit.SECONDS));
                    assertEquals(0, node.exitValue());
                    assertEquals(kase.out(), out);
                }));
            }
        }
        assertTrue(tests.size() >= 18, "9 single-store presets, 2 modes");
        return tests;
    }
}
