package io.conflictexplorer.gui.files;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.conflictexplorer.files.AtomicFile;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Every file the app writes goes through {@link AtomicFile}: no other class of the app or of its
 * scenario-files module writes, moves or copies a file by itself (a save, the autosave, the settings
 * and every export were written in place or with a rename of their own before). Creating folders
 * and deleting files is allowed. A rule that fails names the class and the call.
 */
class OneFileWriterTest {

    private static final Set<String> FILES_WRITES = Set.of(
            "write",
            "writeString",
            "newOutputStream",
            "newBufferedWriter",
            "newByteChannel",
            "move",
            "copy",
            "createFile",
            "createTempFile");

    private static final DescribedPredicate<JavaCall<?>> WRITES_A_FILE =
            new DescribedPredicate<>("write a file other than through AtomicFile") {
                @Override
                public boolean test(JavaCall<?> call) {
                    JavaClass owner = call.getTargetOwner();
                    String name = call.getName();
                    if (owner.isEquivalentTo(Files.class)) {
                        return FILES_WRITES.contains(name);
                    }
                    if (owner.isEquivalentTo(FileChannel.class)) {
                        return name.equals("open");
                    }
                    if (owner.isEquivalentTo(ImageIO.class)) {
                        return name.equals("write")
                                || name.equals("createImageOutputStream")
                                        && call.getTarget().getRawParameterTypes().stream()
                                                .anyMatch(t -> t.isEquivalentTo(File.class));
                    }
                    return call.getName().equals("<init>")
                            && (owner.isEquivalentTo(FileOutputStream.class)
                                    || owner.isEquivalentTo(FileWriter.class)
                                    || owner.isEquivalentTo(RandomAccessFile.class)
                                    || owner.isEquivalentTo(PrintWriter.class)
                                            && call.getTarget().getRawParameterTypes().stream()
                                                    .anyMatch(t -> t.isEquivalentTo(File.class)
                                                            || t.isEquivalentTo(String.class)));
                }
            };

    @Test
    void onlyAtomicFileWritesFiles() {
        JavaClasses app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // scenario-files' test fixtures (its test-jar) write damaged files on purpose
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.conflictexplorer.gui", "io.conflictexplorer.files");
        noClasses()
                .that()
                .doNotBelongToAnyOf(AtomicFile.class)
                .should()
                .callCodeUnitWhere(WRITES_A_FILE)
                .because("a write cut short must leave the previous file whole (AtomicFile)")
                .check(app);
    }
}
