package io.conflictexplorer.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process that dies while it writes a file: {@code AtomicFileCrash TARGET CONTENT AT} writes the
 * bytes of the file CONTENT to TARGET through {@link AtomicFile}, and halts the JVM (exit status
 * {@value #HALTED}, no finally block, no shutdown hook: as a kill or a power cut) once AT bytes
 * reached the file, or before the step AT ({@code SYNC}, {@code MOVE}).
 */
public final class AtomicFileCrash {

    public static final int HALTED = 77;

    private AtomicFileCrash() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        byte[] content = Files.readAllBytes(Path.of(args[1]));
        String at = args[2];
        AtomicFile.write(target, out -> out.write(content), new AtomicFile.Faults() {
            @Override
            public OutputStream wrap(OutputStream file) {
                return at.chars().allMatch(Character::isDigit) ? new DiesAfter(file, Long.parseLong(at)) : file;
            }

            @Override
            public void before(AtomicFile.Step step) {
                if (step.name().equals(at)) {
                    Runtime.getRuntime().halt(HALTED);
                }
            }
        });
    }

    private static final class DiesAfter extends FilterOutputStream {
        private long room;

        DiesAfter(OutputStream out, long limit) {
            super(out);
            room = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int now = (int) Math.min(len, room);
            out.write(b, off, now); // straight to the file's channel: no buffer of its own
            room -= now;
            if (room == 0) {
                Runtime.getRuntime().halt(HALTED);
            }
        }
    }
}
