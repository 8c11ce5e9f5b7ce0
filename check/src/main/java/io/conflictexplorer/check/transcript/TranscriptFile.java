package io.conflictexplorer.check.transcript;

import io.conflictexplorer.node.NodeConfig;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonException;
import io.conflictexplorer.node.json.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One transcript file split into lines: the bytes, and where each line starts and ends. One pass
 * over the bytes, no regular expression; a line is parsed when a reader asks for it, and its tree
 * is dropped once read, so opening is linear in the file's size and holds the bytes, not the trees.
 *
 * <p>Rules: lines end at {@code \n} (a {@code \r} before it is dropped); a last line without a line
 * break counts; a blank line is skipped without a problem (the node ignores it too). A line that is
 * not valid UTF-8, longer than the node's line limit, or not JSON is kept, so the reference node
 * can still be fed it as the node under test was.
 */
public final class TranscriptFile {

    /**
     * One line: where it is in the bytes, and why it cannot be parsed at all (not UTF-8, too long),
     * or null. Its text and JSON are made when asked for ({@link #text}, {@link #json}), not kept:
     * a 100,000-line transcript would otherwise hold every line's tree at once.
     */
    public record Line(int number, int off, int len, String problem) {}

    /** The largest file read, 64 MiB: a 100,000-line transcript is about 10 MiB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final int MAX_DEPTH = NodeConfig.DEFAULTS.maxDepth();

    private final String name;
    private final byte[] bytes;
    private final List<Line> lines;

    private TranscriptFile(String name, byte[] bytes, List<Line> lines) {
        this.name = name;
        this.bytes = bytes;
        this.lines = lines;
    }

    /**
     * Reads {@code file}.
     *
     * @throws RunFileException when it is missing, unreadable or above {@link #MAX_BYTES}
     */
    public static TranscriptFile read(Path file) throws RunFileException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            return of(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new RunFileException(name + ": no such file (" + file + ")", e);
        } catch (IOException e) {
            throw new RunFileException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a stream to its end (a node's stdout).
     *
     * @throws RunFileException when it is above {@link #MAX_BYTES} or cannot be read
     */
    public static TranscriptFile read(String name, InputStream in) throws RunFileException {
        try {
            byte[] b = in.readNBytes((int) MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                throw tooLarge(name, b.length);
            }
            return of(name, b);
        } catch (IOException e) {
            throw new RunFileException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    private static RunFileException tooLarge(String name, long size) {
        return new RunFileException(name + " is " + size + " bytes, above the limit of " + MAX_BYTES + " bytes ("
                + MAX_BYTES / (1024 * 1024) + " MiB) for a transcript");
    }

    /** Splits {@code bytes} into lines (one pass; no line is parsed yet). */
    public static TranscriptFile of(String name, byte[] bytes) {
        int maxLine = NodeConfig.DEFAULTS.maxLineBytes();
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        int high = 0; // the line's bytes OR-ed: negative when one is not ASCII
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') {
                high |= bytes[i];
                continue;
            }
            if (i == bytes.length && start == bytes.length) {
                break; // the file ended with a line break
            }
            number++;
            int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
            int len = end - start;
            boolean ascii = high >= 0;
            high = 0;
            int off = start;
            start = i + 1;
            if (blank(bytes, off, len)) {
                continue;
            }
            if (len > maxLine) {
                lines.add(new Line(number, off, len, "longer than " + maxLine + " bytes"));
            } else if (!ascii && !validUtf8(utf8, bytes, off, len)) {
                lines.add(new Line(number, off, len, "not valid UTF-8"));
            } else {
                lines.add(new Line(number, off, len, null));
            }
        }
        return new TranscriptFile(name, bytes, Collections.unmodifiableList(lines));
    }

    private static String text(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.UTF_8);
    }

    private static boolean blank(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                return text(b, off, len).isBlank();
            }
            if (!Character.isWhitespace(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean validUtf8(CharsetDecoder utf8, byte[] b, int off, int len) {
        try {
            utf8.reset().decode(ByteBuffer.wrap(b, off, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    public String name() {
        return name;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** The non-blank lines, in order. */
    public List<Line> lines() {
        return lines;
    }

    /** The line as text (its beginning, for a line too long to parse). */
    public String text(Line line) {
        return text(bytes, line.off(), Math.min(line.len(), line.problem() == null ? line.len() : 400));
    }

    /** The line's JSON, or null when it has none ({@link #why} says why). Parsed each time it is asked for. */
    public Json json(Line line) {
        if (line.problem() != null) {
            return null;
        }
        try {
            return JsonParser.parse(bytes, line.off(), line.len(), MAX_DEPTH);
        } catch (JsonException e) {
            return null;
        }
    }

    /** Why {@code line} has no JSON, or null when it has. */
    public String why(Line line) {
        if (line.problem() != null) {
            return line.problem();
        }
        try {
            JsonParser.parse(bytes, line.off(), line.len(), MAX_DEPTH);
            return null;
        } catch (JsonException e) {
            return "not JSON: " + e.getMessage();
        }
    }

    /** A problem with {@code line}, in this file. */
    public LineProblem problem(Line line, String why) {
        return new LineProblem(name, line.number(), text(line), why);
    }
}
