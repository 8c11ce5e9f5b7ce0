package io.conflictexplorer.gui.files;

import io.conflictexplorer.files.JsonText;
import io.conflictexplorer.files.ScenarioFileException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The text of a PNG's iTXt chunk, read chunk by chunk from the file (PNG specification, 11.3.3.5):
 * each chunk is a length, a type, its data and a CRC-32 of type and data. Only the chunk asked for
 * is read into memory, its checksum must match (a flipped bit in the scenario is refused, not
 * opened as another scenario), and a compressed text is inflated up to a limit only, so neither a
 * chunk length of 2 GiB nor a small chunk that inflates to gigabytes costs more than the limit.
 * Each refusal names the file and the byte where the PNG breaks.
 */
final class PngText {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngText() {}

    /**
     * The text of the iTXt chunk {@code keyword} in {@code file}, or empty when it has none;
     * {@code max} is the longest text read (in bytes, compressed or not).
     */
    static Optional<String> read(Path file, String keyword, int max) throws IOException, ScenarioFileException {
        String name = String.valueOf(file.getFileName());
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            byte[] signature = in.readNBytes(SIGNATURE.length);
            if (!Arrays.equals(signature, SIGNATURE)) {
                throw new ScenarioFileException(
                        name + " is not a PNG picture: its first 8 bytes are not PNG's" + " signature.");
            }
            long at = SIGNATURE.length;
            for (int chunk = 1; ; chunk++) {
                long length;
                byte[] type;
                try {
                    length = in.readInt() & 0xffffffffL;
                    type = in.readNBytes(4);
                } catch (EOFException e) {
                    return Optional.empty(); // no IEND: what was there had no scenario
                }
                String typeName = new String(type, StandardCharsets.ISO_8859_1);
                if (!typeName.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                    typeName = "of no known type";
                }
                if (type.length < 4 || length > Integer.MAX_VALUE) {
                    throw damaged(name, chunk, typeName, at, "its length (" + length + ") is not a chunk's length");
                }
                if (typeName.equals("iTXt") && length <= max + 1024L) {
                    byte[] data = in.readNBytes((int) length);
                    if (data.length < length) {
                        throw damaged(name, chunk, typeName, at, "it runs past the end of the file");
                    }
                    CRC32 crc = new CRC32();
                    crc.update(type);
                    crc.update(data);
                    long stored;
                    try {
                        stored = in.readInt() & 0xffffffffL;
                    } catch (EOFException e) {
                        throw damaged(name, chunk, typeName, at, "it runs past the end of the file");
                    }
                    Optional<String> text = text(data, keyword, max, name, chunk, at);
                    if (text.isPresent() && stored != crc.getValue()) {
                        throw damaged(name, chunk, typeName, at, "its checksum does not match its content");
                    }
                    if (text.isPresent()) {
                        return text;
                    }
                } else if (typeName.equals("IEND")) {
                    return Optional.empty();
                } else {
                    try {
                        in.skipNBytes(length + 4);
                    } catch (EOFException e) {
                        throw damaged(name, chunk, typeName, at, "it runs past the end of the file");
                    }
                }
                at += 12 + length;
            }
        }
    }

    /** The text of an iTXt chunk's {@code data} when its keyword is {@code keyword}. */
    private static Optional<String> text(byte[] data, String keyword, int max, String name, int chunk, long at)
            throws ScenarioFileException {
        int zero = indexOf(data, 0, 0);
        if (zero < 0 || !keyword.equals(new String(data, 0, zero, StandardCharsets.ISO_8859_1))) {
            return Optional.empty();
        }
        // keyword 0, compression flag, compression method, language tag 0, translated keyword 0, text
        int language = zero + 3;
        int translated = indexOf(data, language, 0);
        int textStart = translated < 0 ? -1 : indexOf(data, translated + 1, 0);
        if (language > data.length || textStart < 0) {
            throw damaged(name, chunk, "iTXt", at, "its header is cut short");
        }
        boolean compressed = data[zero + 1] != 0;
        byte[] text = Arrays.copyOfRange(data, textStart + 1, data.length);
        if (compressed) {
            text = inflate(text, max, name, chunk, at);
        }
        return Optional.of(JsonText.utf8(text, name + " (the scenario inside it)"));
    }

    private static byte[] inflate(byte[] data, int max, String name, int chunk, long at) throws ScenarioFileException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw damaged(name, chunk, "iTXt", at, "its compressed text is cut short");
                }
                out.write(buffer, 0, n);
                if (out.size() > max) {
                    throw damaged(name, chunk, "iTXt", at, "its text inflates to more than " + max + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw damaged(name, chunk, "iTXt", at, "its compressed text is not zlib data");
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] b, int from, int value) {
        for (int i = Math.max(0, from); i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static ScenarioFileException damaged(String name, int chunk, String type, long at, String why) {
        return new ScenarioFileException(name + " is damaged: its chunk " + chunk + " (" + type + ", at byte " + at
                + ") cannot be read: " + why + ".");
    }
}
