package io.conflictexplorer.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A scenario file's text as a JSON tree, or a refusal that says where the text breaks: the bytes
 * must be UTF-8 (a byte that is not is refused with its line, never replaced by U+FFFD, which a
 * save would then write back), the text one JSON object with nothing after it, nested at most
 * {@value #MAX_DEPTH} deep (a scenario needs 5) and with numbers of at most {@value
 * #MAX_NUMBER_DIGITS} characters (a tick needs 19). Each refusal names the file and the line and
 * column, in words a teacher can act on, at most a few hundred characters long.
 *
 * <p>Public for {@link #utf8} alone: the app's reader of a PNG's scenario chunk decodes its text
 * with the same refusal.
 */
public final class JsonText {

    /** Deeper nesting is refused: a scenario's deepest value (a write's context) is 4 levels down. */
    static final int MAX_DEPTH = 64;

    /** Longer numbers are refused: a tick or a counter is at most 19 digits. */
    static final int MAX_NUMBER_DIGITS = 100;

    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .build())
            .build());

    private JsonText() {}

    /** {@code bytes} as UTF-8 text; bytes that are not UTF-8 are refused with their line. */
    public static String utf8(byte[] bytes, String name) throws ScenarioFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw ScenarioFiles.notScenario(
                    name, "line " + line + " is not UTF-8 text (byte " + (in.position() + 1) + " of the file)");
        }
        return out.flip().toString();
    }

    /** The JSON object {@code json} holds. */
    static JsonNode tree(String json, String name) throws ScenarioFileException {
        JsonParser parser = null;
        try {
            parser = READER.createParser(json);
            JsonNode root = READER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw ScenarioFiles.notScenario(name, "it is empty");
            }
            if (!root.isObject()) {
                throw ScenarioFiles.notScenario(name, "the whole file is " + kind(root) + ", not a JSON object {...}");
            }
            if (parser.nextToken() != null) {
                throw ScenarioFiles.notScenario(
                        name,
                        "it is not valid JSON at " + at(parser.currentTokenLocation())
                                + " (more follows the scenario's closing brace)");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation() != null ? e.getLocation() : location(parser);
            throw new ScenarioFileException(
                    name + " is not a Conflict Explorer scenario: it is not valid JSON at " + at(where) + " (" + why(e)
                            + ").",
                    e);
        } catch (IOException e) {
            throw new ScenarioFileException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    private static JsonLocation location(JsonParser parser) {
        return parser == null ? null : parser.currentLocation();
    }

    private static String at(JsonLocation where) {
        return where == null || where.getLineNr() < 1
                ? "its start"
                : "line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /** Jackson's reason, in words (its limits name its own methods). */
    private static String why(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return "nested more than " + MAX_DEPTH + " deep";
            }
            if (message.contains("Number value length")) {
                return "a number longer than " + MAX_NUMBER_DIGITS + " characters";
            }
        }
        return shown(message, 200);
    }

    /** What {@code n} is, in words: "a list", "text", "a number", ... */
    static String kind(JsonNode n) {
        if (n.isArray()) {
            return "a list";
        }
        if (n.isTextual()) {
            return "text";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        return n.isNull() ? "null" : "an object";
    }

    /** {@code text} as a message shows it: at most {@code max} characters (a name can be megabytes long). */
    static String shown(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
