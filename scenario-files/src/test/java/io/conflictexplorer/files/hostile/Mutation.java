package io.conflictexplorer.files.hostile;

import io.conflictexplorer.files.hostile.JsonTokens.Span;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One change to a file's bytes, as a value: {@link #apply} is a pure function of the file and the
 * mutation, so a failing case is reproduced from its seed file and the mutations jqwik prints.
 *
 * @param kind  what is done
 * @param where where, from 0 (the start, or the first value) to 1 (the end, the last)
 * @param size  how much, read by each kind from its own ladder (depths, lengths, bits)
 * @param seed  every other choice (which replacement, which bits)
 */
public record Mutation(Kind kind, double where, int size, long seed) {

    /** The kinds of damage: bytes, JSON values and members, lines, and the size limit. */
    public enum Kind {
        /** The file cut short. */
        TRUNCATE,
        /** A few bits flipped. */
        FLIP_BITS,
        /** A byte sequence that is not UTF-8, mostly inside a string. */
        INVALID_UTF8,
        /** A run of bytes removed. */
        DELETE_BYTES,
        /** A run of bytes repeated. */
        DUPLICATE_BYTES,
        /** A value replaced by one of another type. */
        WRONG_TYPE,
        /** A value replaced by another value of the same file (a name where a mode goes, a key for a number). */
        OTHER_VALUE,
        /** A member {@code "key": value} removed. */
        REMOVE_FIELD,
        /** An unknown member added to an object. */
        EXTRA_FIELD,
        /** A value (mostly a number) replaced by a huge, negative, fractional or overlong number. */
        HUGE_NUMBER,
        /** A number made larger: times ten to a power up to 18, or two to a power up to 63, kept whole. */
        SCALE_NUMBER,
        /** A value wrapped in deep arrays or objects. */
        DEEP_NESTING,
        /** A value replaced by a very long string (a very long line). */
        LONG_LINE,
        /** A line removed. */
        DELETE_LINE,
        /** A line repeated. */
        DUPLICATE_LINE,
        /** Two lines swapped. */
        SWAP_LINES,
        /** The file made larger than the reader's limit. */
        OVERSIZE
    }

    /** What a mutation made: the bytes, and the length of the file (larger: zeros follow). */
    public record Mutated(byte[] bytes, long length) {

        public Mutated {
            length = Math.max(length, bytes.length);
        }

        @Override
        public String toString() {
            return length + " bytes";
        }
    }

    private static final int[] DEPTHS = {2, 10, 100, 500, 511, 512, 513, 999, 1000, 1001, 2000, 3600, 10_000, 100_000};

    private static final int[] LINE_LENGTHS = {
        100, 10_000, 65_536, 1 << 20, 2 * 1024 * 1024 - 100, 2 * 1024 * 1024 + 1, 8 * 1024 * 1024 + 1
    };

    private static final String[] OTHER_TYPES = {
        "null",
        "true",
        "false",
        "\"\"",
        "\"text\"",
        "\" \"",
        "[]",
        "{}",
        "0",
        "-1",
        "1.5",
        "[1, 2]",
        "{\"a\": 1}",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "[null]",
        "[\"c1\", \"c1\"]"
    };

    private static final String[] NUMBERS = {
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "4611686018427387904",
        "2147483647",
        "2147483648",
        "-1",
        "-0",
        "-0.0",
        "0.5",
        "1e2",
        "1E400",
        "1e999999999",
        "1e99999999",
        "-2e9999999",
        "-1e999999999",
        "1e-999999999",
        "1.7976931348623157e308",
        "1e15",
        "100000000",
        "1000000000",
        "4294967296",
        "10000000000",
        "123456789012345678901234567890123456789",
        "9".repeat(1200),
        "NaN",
        "Infinity",
        "-Infinity",
        "0x10",
        "01"
    };

    private static final byte[][] NOT_UTF8 = {
        {(byte) 0xff},
        {(byte) 0xc0, (byte) 0x80},
        {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xe2, (byte) 0x82},
        {(byte) 0x80},
        {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
    };

    /** {@code file} with this change; {@code limit} is the reader's size limit (for {@link Kind#OVERSIZE}). */
    public Mutated apply(byte[] file, long limit) {
        SplittableRandom r = new SplittableRandom(seed);
        int at = (int) Math.min(file.length, Math.floor(where * file.length));
        JsonTokens json = needsJson() ? JsonTokens.of(file) : null;
        byte[] out = switch (kind) {
            case TRUNCATE -> Arrays.copyOf(file, at);
            case FLIP_BITS -> flip(file, r);
            case INVALID_UTF8 -> {
                byte[] bad = NOT_UTF8[r.nextInt(NOT_UTF8.length)];
                int into = at;
                if (!json.strings.isEmpty() && r.nextBoolean()) {
                    Span s = pick(json.strings);
                    into = s.start() + 1 + r.nextInt(Math.max(1, s.end() - s.start() - 1));
                    into = Math.min(into, s.end() - 1);
                }
                yield splice(file, into, into, bad);
            }
            case DELETE_BYTES -> splice(file, at, Math.min(file.length, at + 1 + size % 200), new byte[0]);
            case DUPLICATE_BYTES -> {
                int end = Math.min(file.length, at + 1 + size % 200);
                yield splice(file, end, end, Arrays.copyOfRange(file, at, end));
            }
            case WRONG_TYPE -> replace(file, json.values, OTHER_TYPES[r.nextInt(OTHER_TYPES.length)]);
            case OTHER_VALUE -> {
                if (json.values.isEmpty()) {
                    yield file;
                }
                Span from = json.values.get(r.nextInt(json.values.size()));
                String other = new String(file, from.start(), from.end() - from.start(), StandardCharsets.UTF_8);
                yield replace(file, json.values, other);
            }
            case REMOVE_FIELD -> removeMember(file, json);
            case EXTRA_FIELD -> extraMember(file, json, r);
            case HUGE_NUMBER ->
                replace(
                        file,
                        json.numbers.isEmpty() || r.nextInt(4) == 0 ? json.values : json.numbers,
                        NUMBERS[r.nextInt(NUMBERS.length)]);
            case SCALE_NUMBER -> {
                if (json.numbers.isEmpty()) {
                    yield file;
                }
                Span n = pick(json.numbers);
                String text = new String(file, n.start(), n.end() - n.start(), StandardCharsets.US_ASCII);
                BigInteger whole;
                try {
                    BigDecimal d = new BigDecimal(text);
                    if (d.precision() - d.scale() > 40) {
                        yield file; // already huge: HUGE_NUMBER's business
                    }
                    whole = d.toBigInteger();
                } catch (NumberFormatException | ArithmeticException e) {
                    yield file;
                }
                BigInteger factor =
                        r.nextBoolean() ? BigInteger.TEN.pow(1 + size % 18) : BigInteger.TWO.pow(1 + size % 63);
                yield splice(
                        file,
                        n.start(),
                        n.end(),
                        bytes(whole.max(BigInteger.ONE).multiply(factor).toString()));
            }
            case DEEP_NESTING -> {
                int depth = DEPTHS[size % DEPTHS.length];
                boolean arrays = r.nextBoolean();
                String open = arrays ? "[" : "{\"a\":";
                String close = arrays ? "]" : "}";
                yield wrap(file, json.values, open.repeat(depth), close.repeat(depth));
            }
            case LONG_LINE ->
                replace(file, json.values, "\"" + "x".repeat(LINE_LENGTHS[size % LINE_LENGTHS.length]) + "\"");
            case DELETE_LINE -> lines(file, r, 0);
            case DUPLICATE_LINE -> lines(file, r, 1);
            case SWAP_LINES -> lines(file, r, 2);
            case OVERSIZE -> file;
        };
        return new Mutated(out, kind == Kind.OVERSIZE ? limit + 1 + size : out.length);
    }

    private boolean needsJson() {
        return switch (kind) {
            case INVALID_UTF8,
                    WRONG_TYPE,
                    OTHER_VALUE,
                    SCALE_NUMBER,
                    REMOVE_FIELD,
                    EXTRA_FIELD,
                    HUGE_NUMBER,
                    DEEP_NESTING,
                    LONG_LINE -> true;
            default -> false;
        };
    }

    /** The item of {@code items} at {@link #where}. */
    private <T> T pick(List<T> items) {
        return items.get((int) Math.min(items.size() - 1, Math.floor(where * items.size())));
    }

    private byte[] flip(byte[] file, SplittableRandom r) {
        byte[] out = file.clone();
        if (out.length == 0) {
            return out;
        }
        int bits = 1 + size % 8;
        for (int i = 0; i < bits; i++) {
            int p = i == 0 ? Math.min(out.length - 1, (int) (where * out.length)) : r.nextInt(out.length);
            out[p] ^= (byte) (1 << r.nextInt(8));
        }
        return out;
    }

    private byte[] replace(byte[] file, List<Span> spans, String with) {
        if (spans.isEmpty()) {
            return splice(file, 0, 0, bytes(with));
        }
        Span s = pick(spans);
        return splice(file, s.start(), s.end(), bytes(with));
    }

    private byte[] wrap(byte[] file, List<Span> spans, String before, String after) {
        if (spans.isEmpty()) {
            return splice(file, 0, 0, bytes(before + after));
        }
        Span s = pick(spans);
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + before.length() + after.length());
        out.write(file, 0, s.start());
        out.writeBytes(bytes(before));
        out.write(file, s.start(), s.end() - s.start());
        out.writeBytes(bytes(after));
        out.write(file, s.end(), file.length - s.end());
        return out.toByteArray();
    }

    /** Removes a member and the comma that separates it from the next (or the previous) one. */
    private byte[] removeMember(byte[] file, JsonTokens json) {
        if (json.members.isEmpty()) {
            return file;
        }
        Span m = pick(json.members);
        int end = m.end();
        int after = skipSpace(file, end);
        if (after < file.length && file[after] == ',') {
            return splice(file, m.start(), after + 1, new byte[0]);
        }
        int before = m.start() - 1;
        while (before >= 0
                && (file[before] == ' ' || file[before] == '\n' || file[before] == '\r' || file[before] == '\t')) {
            before--;
        }
        return before >= 0 && file[before] == ','
                ? splice(file, before, end, new byte[0])
                : splice(file, m.start(), end, new byte[0]);
    }

    private byte[] extraMember(byte[] file, JsonTokens json, SplittableRandom r) {
        if (json.objectStarts.isEmpty()) {
            return file;
        }
        int at = pick(json.objectStarts);
        int next = skipSpace(file, at);
        boolean empty = next < file.length && file[next] == '}';
        String[] names = {
            "extra", "id", "type", "value", "clients", "format", "version", "time_us", "in_reply_to", "body"
        };
        String member = "\"" + names[r.nextInt(names.length)] + "\": " + OTHER_TYPES[r.nextInt(OTHER_TYPES.length)];
        return splice(file, at, at, bytes(empty ? member : member + ", "));
    }

    /** Line changes: 0 delete, 1 duplicate, 2 swap with the next. */
    private byte[] lines(byte[] file, SplittableRandom r, int what) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= file.length; i++) {
            if (i == file.length || file[i] == '\n') {
                if (i > start || i < file.length) {
                    lines.add(Arrays.copyOfRange(file, start, Math.min(file.length, i + 1)));
                }
                start = i + 1;
            }
        }
        if (lines.isEmpty()) {
            return file;
        }
        int n = (int) Math.min(lines.size() - 1, Math.floor(where * lines.size()));
        switch (what) {
            case 0 -> lines.remove(n);
            case 1 -> lines.add(n, lines.get(n));
            default -> {
                int other = (n + 1 + r.nextInt(Math.max(1, lines.size() - 1))) % lines.size();
                byte[] a = lines.get(n);
                lines.set(n, lines.get(other));
                lines.set(other, a);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 100);
        for (byte[] l : lines) {
            out.writeBytes(l);
            if (l.length == 0 || l[l.length - 1] != '\n') {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static byte[] splice(byte[] file, int from, int to, byte[] with) {
        byte[] out = new byte[file.length - (to - from) + with.length];
        System.arraycopy(file, 0, out, 0, from);
        System.arraycopy(with, 0, out, from, with.length);
        System.arraycopy(file, to, out, from + with.length, file.length - to);
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
