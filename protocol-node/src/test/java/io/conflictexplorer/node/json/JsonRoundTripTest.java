package io.conflictexplorer.node.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The node must print values exactly as the Python reference does. The oracle file holds 2,000+
 * inputs (random doubles of every magnitude, decimals, huge integers, escapes, non-ASCII, nested
 * values) and what Python 3.11's {@code json.dumps(json.loads(input))} printed for each.
 */
class JsonRoundTripTest {

    @TestFactory
    List<DynamicTest> printsWhatPythonPrints() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/oracle/python-json-roundtrip.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String input = line.substring(0, tab);
                String expected = line.substring(tab + 1);
                tests.add(DynamicTest.dynamicTest(
                        input, () -> assertEquals(expected, JsonWriter.write(JsonParser.parse(input, 64)))));
            }
        }
        assertTrue(tests.size() > 2000, "the oracle file was read");
        return tests;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "{",
                "[1,]",
                "{\"a\" 1}",
                "{\"a\":1,}",
                "01",
                "1.",
                "1e",
                "-",
                "tru",
                "\"unterminated",
                "\"bad \\x escape\"",
                "\"\\u12\"",
                "{\"a\":1} x",
                "NaNa",
                "'single'",
                "[1 2]",
                "\"raw\ttab\"",
                "{1:2}",
                "+1",
                ".5"
            })
    void rejectsWhatPythonRejects(String input) {
        assertThrows(JsonException.class, () -> JsonParser.parse(input, 64));
    }

    @Test
    void refusesNestingDeeperThanTheLimit() throws JsonException {
        String deep = "[".repeat(65) + "]".repeat(65);
        JsonException e = assertThrows(JsonException.class, () -> JsonParser.parse(deep, 64));
        assertTrue(e.getMessage().contains("deeper than 64"), e.getMessage());
        assertEquals(
                "[".repeat(64) + "]".repeat(64),
                JsonWriter.write(JsonParser.parse("[".repeat(64) + "]".repeat(64), 64)));
    }

    @Test
    void repeatedKeyKeepsFirstPositionAndLastValue() throws JsonException {
        assertEquals("{\"a\": 3, \"b\": 2}", JsonWriter.write(JsonParser.parse("{\"a\":1,\"b\":2,\"a\":3}", 8)));
    }

    @Test
    void integersOfAnySizeComeBackExactly() throws JsonException {
        Json.Num n = (Json.Num) JsonParser.parse("123456789012345678901234567890", 8);
        assertEquals("123456789012345678901234567890", JsonWriter.write(n));
        assertEquals(null, n.asLong());
        assertEquals(42L, ((Json.Num) JsonParser.parse("42", 8)).asLong());
        assertEquals(null, ((Json.Num) JsonParser.parse("42.0", 8)).asLong());
    }
}
