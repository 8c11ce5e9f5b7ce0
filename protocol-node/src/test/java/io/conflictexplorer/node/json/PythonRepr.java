package io.conflictexplorer.node.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's rules for writing back a number it read, worked out from their wording, slowly and
 * independently of the node's code: the test oracle when no Python is at hand.
 *
 * <p>{@code repr(float)}: for 1, 2, ... 17 significant digits, the decimals just below and just
 * above the exact value of the double; the first length at which one of them reads back as the
 * double ({@link Double#parseDouble}, correctly rounded) gives the digits, the nearer of the two
 * if both do, the one with the even last digit if both are as near. Then fixed notation when the
 * decimal exponent (of {@code d.ddd x 10^e}) is from -4 to 15, with {@code .0} when there is no
 * fraction; else {@code d.ddde+XX}, at least two exponent digits.
 *
 * <p>{@code json.dumps(json.loads(text))} of a number: an integer (no fraction, no exponent) is a
 * Python int and comes back as it was, but {@code -0} is {@code 0}; anything else is a float.
 */
public final class PythonRepr {

    private PythonRepr() {}

    /** Python's form of the JSON number {@code text}. */
    public static String number(String text) {
        if (text.equals("NaN") || text.endsWith("Infinity")) {
            return text;
        }
        if (text.matches("-?[0-9]+")) {
            return text.equals("-0") ? "0" : text;
        }
        return of(Double.parseDouble(text));
    }

    /** Python's {@code repr} of {@code d}. */
    public static String of(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        double v = Math.abs(d);
        BigDecimal exact = new BigDecimal(v);
        BigDecimal best = null;
        for (int p = 1; p <= 17 && best == null; p++) {
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean downReads = Double.parseDouble(down.toString()) == v;
            boolean upReads = Double.parseDouble(up.toString()) == v;
            if (downReads && upReads) {
                int c = exact.subtract(down).compareTo(up.subtract(exact));
                best = c < 0 ? down : c > 0 ? up : lastDigitEven(down) ? down : up;
            } else if (downReads) {
                best = down;
            } else if (upReads) {
                best = up;
            }
        }
        BigDecimal s = best.stripTrailingZeros();
        int exponent = s.precision() - s.scale() - 1; // d.ddd x 10^exponent
        if (exponent >= -4 && exponent < 16) {
            String plain = s.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String digits = s.unscaledValue().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    private static boolean lastDigitEven(BigDecimal x) {
        return !x.unscaledValue().testBit(0);
    }
}
