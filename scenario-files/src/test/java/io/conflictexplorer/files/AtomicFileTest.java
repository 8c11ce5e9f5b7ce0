package io.conflictexplorer.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AtomicFile}'s rule, interrupted at every point: a write cut short after any number of
 * bytes, or before the flush or the rename, leaves the previous file byte for byte and no temporary
 * file; at every moment of a write the target holds the previous content (a process killed there
 * would leave it); a temporary file whose process died is removed by the next write. The gui's
 * {@code AutosaveCrashTest} kills a real process half way ({@link AtomicFileCrash}).
 */
class AtomicFileTest {

    @TempDir
    Path dir;

    /** Two real scenario files: the one on disk, and the one a save replaces it with. */
    private static final byte[] OLD =
            ScenarioFiles.toJson(Presets.presets().get(0).scenario()).getBytes(StandardCharsets.UTF_8);

    private static final byte[] NEW =
            ScenarioFiles.toJson(Presets.presets().get(4).scenario()).getBytes(StandardCharsets.UTF_8);

    @Test
    void aWriteCutShortAfterAnyNumberOfBytesLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = Files.write(dir.resolve("lesson.cexp.json"), OLD);
        for (int n = 0; n < NEW.length; n++) {
            int limit = n;
            AtomicFile.Faults diskFull = new AtomicFile.Faults() {
                @Override
                public OutputStream wrap(OutputStream file) {
                    return new FailAfter(file, limit);
                }
            };
            IOException e = assertThrows(
                    IOException.class,
                    () -> AtomicFile.write(target, out -> out.write(NEW), diskFull),
                    "cut after " + n + " bytes");
            assertEquals("No space left on device", e.getMessage());
            assertArrayEquals(OLD, Files.readAllBytes(target), "the previous file, after a write cut at byte " + n);
            assertEquals(List.of(target), files(), "no temporary file left, after a write cut at byte " + n);
        }
        AtomicFile.write(target, out -> out.write(NEW));
        assertArrayEquals(NEW, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aWriteThatFailsBeforeTheFlushOrTheRenameLeavesThePreviousFile() throws IOException {
        Path target = Files.write(dir.resolve("lesson.cexp.json"), OLD);
        for (AtomicFile.Step step : AtomicFile.Step.values()) {
            AtomicFile.Faults fails = new AtomicFile.Faults() {
                @Override
                public void before(AtomicFile.Step now) throws IOException {
                    if (now == step) {
                        throw new IOException("failed before " + step);
                    }
                }
            };
            assertThrows(IOException.class, () -> AtomicFile.write(target, out -> out.write(NEW), fails));
            assertArrayEquals(OLD, Files.readAllBytes(target), "before " + step);
            assertEquals(List.of(target), files(), "before " + step);
        }
        // the content's own failure (an export that throws half way) too
        assertThrows(
                IllegalStateException.class,
                () -> AtomicFile.write(target, out -> {
                    out.write(NEW, 0, 100);
                    throw new IllegalStateException("the exporter failed");
                }));
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void atEveryMomentOfAWriteTheTargetHoldsThePreviousContentUntilTheRename() throws IOException {
        Path target = Files.write(dir.resolve("autosave.json"), OLD);
        List<String> moments = new ArrayList<>();
        AtomicFile.Faults watch = new AtomicFile.Faults() {
            @Override
            public OutputStream wrap(OutputStream file) {
                return new FilterOutputStream(file) {
                    long written;

                    @Override
                    public void write(int b) throws IOException {
                        // a process killed right after this byte reached the file leaves ...
                        super.write(b);
                        written++;
                        moments.add("byte " + written);
                        assertArrayEquals(OLD, Files.readAllBytes(target), "the target after byte " + written);
                        assertEquals(2, files().size(), "the temporary file sits next to its target");
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        for (int i = off; i < off + len; i++) {
                            write(b[i]);
                        }
                    }
                };
            }

            @Override
            public void before(AtomicFile.Step step) throws IOException {
                moments.add("before " + step);
                assertArrayEquals(OLD, Files.readAllBytes(target), "the target before " + step);
            }
        };
        AtomicFile.write(target, out -> out.write(NEW), watch);
        assertEquals(NEW.length + 2, moments.size(), "every byte, then the flush and the rename");
        assertArrayEquals(NEW, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void theNextWriteRemovesWhatADeadProcessLeftAndNothingElse() throws Exception {
        Path target = Files.write(dir.resolve("cart.cexp.json"), OLD);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path dead = Files.writeString(dir.resolve(".cart.cexp.json." + gone.pid() + "-1f2e.tmp"), "half a file");
        Path running = Files.writeString(dir.resolve(".cart.cexp.json." + alive + "-3c4d.tmp"), "being written");
        Path notOurs = Files.writeString(dir.resolve(".cart.cexp.json.notes.tmp"), "someone else's");
        Path otherTarget = Files.writeString(dir.resolve(".other.json." + gone.pid() + "-5e6f.tmp"), "not this file");
        AtomicFile.write(target, out -> out.write(NEW));
        assertFalse(Files.exists(dead), "the dead process's leftover");
        assertTrue(Files.exists(running), "a live process may still be writing");
        assertTrue(Files.exists(notOurs));
        assertTrue(Files.exists(otherTarget), "another target's leftover waits for that target's next write");
        assertArrayEquals(NEW, Files.readAllBytes(target));
    }

    @Test
    void keepsTheTargetsPermissionsAndTheLinkThatNamesIt() throws IOException {
        Path real = Files.write(dir.resolve("real.json"), OLD);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        AtomicFile.write(link, out -> out.write(NEW));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertArrayEquals(NEW, Files.readAllBytes(real));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    }

    @Test
    void aMissingFolderIsNamedNotTheTemporaryFile() {
        Path missing = dir.resolve("gone").resolve("cart.cexp.json");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.writeString(missing, "{}"));
        assertEquals("the folder " + missing.getParent() + " does not exist", e.getMessage());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** A disk that fills up after {@code limit} bytes. */
    private static final class FailAfter extends FilterOutputStream {
        private long room;

        FailAfter(OutputStream out, long limit) {
            super(out);
            this.room = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (room == 0) {
                throw new IOException("No space left on device");
            }
            room--;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int now = (int) Math.min(len, room);
            out.write(b, off, now);
            room -= now;
            if (now < len) {
                throw new IOException("No space left on device");
            }
        }
    }
}
