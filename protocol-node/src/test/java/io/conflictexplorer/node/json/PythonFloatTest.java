package io.conflictexplorer.node.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PythonFloat} against Python's rules for {@code repr(float)}, checked without Python: the
 * oracle is {@link PythonRepr}, which follows the rules' wording, slowly and independently of the
 * code. (The Python interpreter itself is the oracle of {@code PythonNumbersPropertiesTest}, which
 * is skipped where there is none.)
 */
class PythonFloatTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5E9|5000000000.0",
                "1e16|1e+16",
                "9999999999999998|9999999999999998.0",
                "1e15|1000000000000000.0",
                "1e-05|1e-05",
                "0.0001|0.0001",
                "0.00009999|9.999e-05",
                "123e-7|1.23e-05",
                "0.1|0.1",
                "100|100.0",
                "-0.0|-0.0",
                "1.5E+300|1.5e+300",
                "1e400|Infinity",
                "-1e400|-Infinity",
                "1e-400|0.0",
                "5e-324|5e-324",
                "4.9e-324|5e-324",
                "2.2250738585072014e-308|2.2250738585072014e-308",
                "1.7976931348623157e308|1.7976931348623157e+308",
                // a power of two, where the gap below is half the gap above: the nearest 16-digit
                // decimal lies outside the interval, the other one does not (JDK 17 and the first
                // version of this class printed 5.6843418860808015e-14)
                "5.684341886080802e-14|5.684341886080802e-14",
                "7.167183174968974e+103|7.167183174968974e+103",
                "9007199254740993.0|9007199254740992.0",
                "1704067201.1234570001|1704067201.123457",
                "0.3333333333333333|0.3333333333333333"
            })
    void printsAsPythonDoes(String input, String python) {
        assertEquals(python, PythonFloat.repr(Double.parseDouble(input)));
    }

    @Property(tries = 3000)
    void anyDouble(@ForAll("doubles") double d) {
        assertEquals(PythonRepr.of(d), PythonFloat.repr(d), () -> Long.toHexString(Double.doubleToRawLongBits(d)));
    }

    @Property(tries = 1000)
    void powersOfTwoAndTheirNeighbours(@ForAll("powersOfTwo") double d) {
        assertEquals(PythonRepr.of(d), PythonFloat.repr(d), () -> Long.toHexString(Double.doubleToRawLongBits(d)));
    }

    /** A number read from its text (short texts take a fast path) prints as the rule says. */
    @Property(tries = 3000)
    void numberTexts(@ForAll("texts") String text) {
        assertEquals(PythonRepr.number(text), JsonWriter.number(text), text);
    }

    /** The fast path for the node's own times gives what the general rule gives. */
    @Property(tries = 3000)
    void secondsFromMicroseconds(@ForAll("micros") long micros) {
        assertEquals(PythonRepr.of(micros / 1_000_000.0), PythonFloat.seconds(micros), () -> micros + " us");
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                Arbitraries.doubles(),
                Arbitraries.longs().between(-(1L << 62), 1L << 62).map(n -> (double) n),
                // short decimals of every magnitude: the digits a person writes
                Combinators.combine(
                                Arbitraries.integers().between(1, 999_999),
                                Arbitraries.integers().between(-330, 310))
                        .as((m, e) -> Double.parseDouble(m + "e" + e)),
                Arbitraries.of(
                        1e16,
                        Math.nextDown(1e16),
                        Math.nextUp(1e16),
                        1e-4,
                        Math.nextDown(1e-4),
                        Math.nextUp(1e-4),
                        Double.MIN_VALUE,
                        Double.MIN_NORMAL,
                        Double.MAX_VALUE,
                        0x1p53,
                        0x1p53 + 2));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> mantissa = Combinators.combine(
                        Arbitraries.of("", "-"),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
                        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(20))
                .as((sign, whole, fraction) -> sign
                        + (whole.length() > 1 ? whole.replaceFirst("^0+(?=.)", "") : whole)
                        + (fraction.isEmpty() ? "" : "." + fraction));
        Arbitrary<String> exponent = Arbitraries.oneOf(
                Arbitraries.just(""),
                Combinators.combine(
                                Arbitraries.of("e", "E", "e+", "e-", "E-"),
                                Arbitraries.integers().between(0, 330))
                        .as((e, n) -> e + n));
        return Combinators.combine(mantissa, exponent)
                .as((m, e) -> m + e)
                .filter(t -> t.contains(".") || t.contains("e") || t.contains("E"));
    }

    @Provide
    Arbitrary<Double> powersOfTwo() {
        return Combinators.combine(
                        Arbitraries.integers().between(-1074, 1023),
                        Arbitraries.integers().between(-2, 2))
                .as((k, step) -> {
                    double d = Math.scalb(1.0, k);
                    for (int i = 0; i < Math.abs(step); i++) {
                        d = step < 0 ? Math.nextDown(d) : Math.nextUp(d);
                    }
                    return d;
                })
                .filter(d -> d > 0 && Double.isFinite(d));
    }

    @Provide
    Arbitrary<Long> micros() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1_600_000_000_000_000L, 1_900_000_000_000_000L),
                Arbitraries.longs().between(-10_000_000_000_000L, 10_000_000_000_000L),
                Arbitraries.longs().between(-1_000, 1_000),
                Arbitraries.longs().between(8_589_000_000_000_000L, 8_590_000_000_000_000L), // around 2^33 s
                Arbitraries.longs());
    }
}
