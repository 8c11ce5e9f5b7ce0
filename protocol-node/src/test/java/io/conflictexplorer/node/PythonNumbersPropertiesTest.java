package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.json.JsonWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Every number the node reads and writes back is written as Python's {@code json.dumps} writes
 * what {@code json.loads} read: in a value, and as a {@code kv_merge} entry's {@code ts} that a
 * {@code kv_read} returns ({@code 5E9} becomes {@code 5000000000.0}, {@code 1e400} becomes
 * {@code Infinity}, {@code -0.0} stays, an integer stays an integer however long). The oracle is
 * the real Python interpreter, asked once per generated number text; without {@code python3} on
 * the path the test is skipped ({@code PythonFloatTest} checks the float rules without Python).
 * Integers stay below Python's 4,300-digit limit for reading an int.
 */
@AddLifecycleHook(PythonNumbersPropertiesTest.SkipWithoutPython.class)
class PythonNumbersPropertiesTest {

    @Property(tries = 2000, edgeCases = EdgeCasesMode.MIXIN)
    void theNodeWritesNumbersAsPythonDoes(@ForAll("numberTexts") String text) throws Exception {
        String python = Python.get().dumpsLoads(text);
        assertEquals(python, JsonWriter.write(JsonParser.parse(text, 8)), "json.dumps(json.loads(" + text + "))");

        List<String> out = new ArrayList<>();
        Node node = new Node(NodeConfig.DEFAULTS, line -> out.add(line.toString()), () -> 1_704_067_200_000_000L);
        node.handleLine(
                "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\"}}", 1);
        node.handleLine(
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":2,\"key\":\"v\",\"value\":["
                        + text + ",{\"n\":" + text + "}]}}",
                2);
        node.handleLine(
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":3,\"key\":\"v\"}}", 3);
        assertEquals(
                "{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"vv_read_ok\", \"values\": [{\"value\": ["
                        + python + ", {\"n\": " + python + "}], \"vc\": {\"c1\": 1}}], \"conflict\": false, "
                        + "\"in_reply_to\": 3, \"msg_id\": 2}}",
                out.get(2),
                "a value holding " + text);

        if (!finite(text)) {
            return; // NaN and the infinities are refused as a ts (error 12): no time is written
        }
        node.handleLine(
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"kv_merge\",\"msg_id\":4,\"entries\":{\"x\":"
                        + "{\"value\":1,\"ts\":" + text + "}}}}",
                4);
        node.handleLine(
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"kv_read\",\"msg_id\":5,\"key\":\"x\"}}", 5);
        assertEquals(
                "{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"kv_read_ok\", \"key\": \"x\", \"value\": 1, "
                        + "\"ts\": " + python + ", \"in_reply_to\": 5, \"msg_id\": 4}}",
                out.get(4),
                "the ts " + text);
    }

    /** A JSON number text the node takes as a time: not NaN or an infinity, an exponent BigDecimal holds. */
    private static boolean finite(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> numberTexts() {
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> integer = Arbitraries.oneOf(
                Arbitraries.just("0"),
                digits(1, 19),
                digits(15, 25),
                digits(20, 400)); // far beyond a long: Python's int keeps them exactly
        Arbitrary<String> fraction = Arbitraries.oneOf(
                Arbitraries.just(""),
                digits(1, 8).map(d -> "." + d),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30).map(d -> "." + d));
        Arbitrary<String> exponent = Arbitraries.oneOf(
                Arbitraries.just(""),
                Combinators.combine(
                                Arbitraries.of("e", "E"),
                                Arbitraries.of("", "+", "-"),
                                Arbitraries.oneOf(
                                        Arbitraries.integers().between(0, 25),
                                        Arbitraries.integers().between(290, 420)),
                                Arbitraries.of("", "0", "00"))
                        .as((e, s, n, zeros) -> e + s + zeros + n));
        Arbitrary<String> generated =
                Combinators.combine(sign, integer, fraction, exponent).as((s, i, f, e) -> s + i + f + e);
        Arbitrary<String> known = Arbitraries.of(
                "5E9",
                "5e9",
                "1e2",
                "100",
                "1e400",
                "-1e400",
                "1e-400",
                "-0",
                "-0.0",
                "-0e0",
                "0e0",
                "4.9e-324",
                "2.4703282292062327e-324",
                "2.4703282292062328e-324",
                "1.7976931348623157e308",
                "1.7976931348623158e308",
                "1.7976931348623159e308",
                "9007199254740993",
                "9007199254740993.0",
                "1704067201.1234567",
                "1704067201.1234570001",
                "5.684341886080802e-14",
                "1e16",
                "1e-5",
                "0.0001",
                "NaN",
                "Infinity",
                "-Infinity");
        return Arbitraries.frequencyOf(Tuple.of(5, generated), Tuple.of(1, known));
    }

    /** {@code min} to {@code max} digits, the first not 0. */
    private static Arbitrary<String> digits(int min, int max) {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 9),
                        Arbitraries.strings().numeric().ofMinLength(min - 1).ofMaxLength(max - 1))
                .as((first, rest) -> first + rest);
    }

    @AfterContainer
    static void stopPython() {
        Python.stop();
    }

    /** Skips the container when there is no {@code python3} to ask. */
    static final class SkipWithoutPython implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return Python.available() ? SkipResult.doNotSkip() : SkipResult.skip("no python3 on the PATH");
        }
    }

    /** One Python process for the whole test: a number text in, {@code json.dumps(json.loads(text))} out. */
    static final class Python {
        private static final String LOOP = "import json, sys\n"
                + "for line in sys.stdin:\n"
                + "    try:\n"
                + "        out = json.dumps(json.loads(line))\n"
                + "    except Exception as e:\n"
                + "        out = 'ERROR ' + type(e).__name__ + ': ' + str(e)[:80]\n"
                + "    sys.stdout.write(out + '\\n')\n"
                + "    sys.stdout.flush()\n";
        private static Python instance;
        private static Boolean available;

        private final Process process;
        private final OutputStream in;
        private final BufferedReader out;

        private Python(String executable) throws IOException {
            process = new ProcessBuilder(executable, "-c", LOOP)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            in = process.getOutputStream();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /**
         * The real interpreter behind {@code python3} (a version manager's shim would add hundreds of
         * milliseconds per start), or null when there is none.
         */
        private static String executable() {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)")
                        .redirectErrorStream(true)
                        .start();
                String path = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !path.isEmpty() ? path : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        static synchronized boolean available() {
            if (available == null) {
                available = executable() != null;
            }
            return available;
        }

        static synchronized Python get() throws IOException {
            if (instance == null) {
                instance = new Python(executable());
            }
            return instance;
        }

        static synchronized void stop() {
            if (instance != null) {
                instance.process.destroy();
                instance = null;
            }
        }

        String dumpsLoads(String text) throws IOException {
            in.write((text + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            String line = out.readLine();
            if (line == null || line.startsWith("ERROR")) {
                throw new AssertionError("Python could not read " + text + ": " + line);
            }
            return line;
        }
    }
}
