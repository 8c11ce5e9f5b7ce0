package io.conflictexplorer.node.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A double as Python's {@code repr(float)} (and so {@code json.dumps}) writes it.
 *
 * <p>Rule. The digits are the shortest decimal that reads back as the same double; of two such
 * decimals of that length, the nearer one; of two equally near, the one whose last digit is even
 * (Python's {@code repr}, David Gay's {@code dtoa} in its shortest mode). With the decimal exponent
 * {@code e} of {@code d.ddd x 10^e}: fixed notation for {@code -4 <= e < 16}, with {@code .0} when
 * there is no fraction ({@code 5000000000.0}, {@code 0.0001}); otherwise {@code d.ddde+XX} with at
 * least two exponent digits ({@code 1e+16}, {@code 1e-05}, {@code 1.5e+300}). {@code -0.0} keeps
 * its sign; NaN and the infinities are JSON's {@code NaN}, {@code Infinity}, {@code -Infinity}.
 *
 * <p>Why not {@link Double#toString}: JDK 17's is not always the shortest, and JDK 19's (which is)
 * keeps two digits where one reads back ({@code 4.9E-324} for Python's {@code 5e-324}); the node
 * runs on both and must print the same bytes. A decimal reads back as the double exactly when it
 * lies in the double's rounding interval (half-way to each neighbour, the ends included when the
 * double's significand is even, as round-half-even parsing does), so the search below compares
 * with that interval exactly, in {@link BigDecimal}, and never parses.
 */
public final class PythonFloat {

    /** Microseconds below this make seconds under 1e-4: printed with an exponent, not by the fast path. */
    private static final long MIN_PLAIN_MICROS = 100;

    /** Doubles below 2^33 are less than 10^-6 apart: see {@link #seconds}. */
    private static final double MAX_PLAIN_SECONDS = 0x1p33;

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private PythonFloat() {}

    /** Python's {@code repr} of {@code d}, as JSON writes it. */
    public static String repr(double d) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, d);
        return sb.toString();
    }

    /** Appends Python's {@code repr} of {@code d}, as JSON writes it. */
    public static void append(StringBuilder sb, double d) {
        if (Double.isNaN(d)) {
            sb.append("NaN");
            return;
        }
        if (Double.isInfinite(d)) {
            sb.append(d > 0 ? "Infinity" : "-Infinity");
            return;
        }
        if (d == 0) {
            sb.append(1 / d < 0 ? "-0.0" : "0.0");
            return;
        }
        if (d < 0) {
            sb.append('-');
            d = -d;
        }
        if (d < 0x1p53 && d == Math.rint(d)) {
            // an integer below 2^53: doubles there are at most 1 apart, so no decimal with fewer
            // digits than the integer's own (trailing zeros aside) is close enough to read back as it
            String digits = Long.toString((long) d);
            int strip = digits.length();
            while (strip > 1 && digits.charAt(strip - 1) == '0') {
                strip--;
            }
            format(sb, digits.substring(0, strip), digits.length());
            return;
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale(); // the value is 0.DIGITS x 10^decpt
        int strip = digits.length();
        while (strip > 1 && digits.charAt(strip - 1) == '0') {
            strip--;
        }
        format(sb, digits.substring(0, strip), decpt);
    }

    /**
     * Appends Python's {@code repr} of the float that the JSON number {@code text} (with a fraction
     * or an exponent) reads as. A text of at most 15 significant digits whose double is normal
     * gives its own digits: any decimal of 15 digits or fewer is the only one of that many digits
     * that reads back as its double (10^15 &lt; 2^52: doubles are closer together than half the gap
     * between such decimals), so no shorter one does. So {@code 5E9}, {@code 0.25} or
     * {@code 1704067201.5} need no search; any other text takes {@link #append}.
     */
    public static void appendNumber(StringBuilder sb, String text) {
        double d = Double.parseDouble(text);
        double abs = Math.abs(d);
        if (abs < Double.MIN_NORMAL || abs > Double.MAX_VALUE || !appendShort(sb, text, d < 0)) {
            append(sb, d);
        }
    }

    /** {@link #appendNumber}'s own digits, or false (nothing appended) for more than 15 of them. */
    private static boolean appendShort(StringBuilder sb, String text, boolean negative) {
        int n = text.length();
        int i = negative ? 1 : 0;
        StringBuilder digits = new StringBuilder(16);
        int decpt = 0; // the value is 0.DIGITS x 10^decpt
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                point = true;
            } else if (c == 'e' || c == 'E') {
                break;
            } else if (digits.length() == 0 && c == '0') {
                decpt -= point ? 1 : 0; // a leading zero after the point moves the digits right
            } else {
                digits.append(c);
                decpt += point ? 0 : 1;
                if (digits.length() > 40) {
                    return false; // far too many: do not count on
                }
            }
        }
        if (i < n) { // the exponent: at most 9 digits here (the double is normal, so it is small)
            int e = i + 1;
            boolean minus = text.charAt(e) == '-';
            if (text.charAt(e) == '+' || minus) {
                e++;
            }
            if (n - e > 9) {
                return false;
            }
            int exp = Integer.parseInt(text, e, n, 10);
            decpt += minus ? -exp : exp;
        }
        int strip = digits.length();
        while (strip > 0 && digits.charAt(strip - 1) == '0') {
            strip--;
        }
        if (strip == 0 || strip > 15) {
            return false;
        }
        if (negative) {
            sb.append('-');
        }
        format(sb, digits.substring(0, strip), decpt);
        return true;
    }

    /**
     * Python's {@code repr(micros / 1e6)}: a time in microseconds as float seconds, the way
     * {@code time.time()} values print. Fast for the node's own times: below 2^33 seconds (the year
     * 2242) neighbouring doubles are less than 10^-6 apart, so the decimal {@code micros / 10^6},
     * which reads back as the double (the division is correctly rounded), is the only decimal with
     * six or fewer decimals that does, hence the shortest; its digits are the digits of
     * {@code micros}. Any other time takes {@link #append}.
     */
    public static String seconds(long micros) {
        double d = micros / 1_000_000.0;
        long abs = Math.abs(micros);
        if (abs < MIN_PLAIN_MICROS || Math.abs(d) >= MAX_PLAIN_SECONDS || micros == Long.MIN_VALUE) {
            return repr(d);
        }
        StringBuilder sb = new StringBuilder(20);
        if (micros < 0) {
            sb.append('-');
        }
        long whole = abs / 1_000_000;
        int fraction = (int) (abs % 1_000_000);
        sb.append(whole).append('.');
        if (fraction == 0) {
            return sb.append('0').toString();
        }
        int digits = 6;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        String f = Integer.toString(fraction);
        for (int i = f.length(); i < digits; i++) {
            sb.append('0');
        }
        return sb.append(f).toString();
    }

    /**
     * The shortest decimal in {@code d}'s rounding interval, the nearest of that length (ties to
     * even). {@code d} is positive and finite. Having a decimal of {@code p} significant digits in
     * the interval only gets easier as {@code p} grows (those of {@code p} digits are among those of
     * {@code p + 1}), so the least {@code p} is found by bisection, below the length of
     * {@link Double#toString}'s digits, which read back as {@code d} (JDK 17's are at times longer
     * than the shortest, never shorter): mostly that length is the answer, found by one test.
     */
    static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        // half-way to each neighbour (above: by the gap, as Infinity has no BigDecimal); exact in decimal
        BigDecimal low = exact.add(new BigDecimal(Math.nextDown(d))).multiply(HALF);
        BigDecimal high = exact.add(new BigDecimal(Math.ulp(d)).multiply(HALF));
        Interval in = new Interval(low, high, (Double.doubleToRawLongBits(d) & 1) == 0);
        int hi = Math.min(17, significantDigits(Double.toString(d))); // a length that holds one
        int lo = 1;
        if (hi > 1 && !holdsOne(in, exact, hi - 1)) {
            lo = hi;
        }
        while (lo < hi) {
            int p = (lo + hi) >>> 1;
            if (holdsOne(in, exact, p)) {
                hi = p;
            } else {
                lo = p + 1;
            }
        }
        BigDecimal nearest = round(exact, lo, RoundingMode.HALF_EVEN);
        if (in.holds(nearest)) {
            return nearest;
        }
        // the nearest lies outside (the interval is lopsided at a power of two): the other neighbour
        return round(exact, lo, nearest.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING);
    }

    /** True when a decimal of {@code p} significant digits lies in the interval: one of the two next to {@code exact}. */
    private static boolean holdsOne(Interval in, BigDecimal exact, int p) {
        return in.holds(round(exact, p, RoundingMode.FLOOR)) || in.holds(round(exact, p, RoundingMode.CEILING));
    }

    /**
     * How many significant digits a decimal text has ({@code 1.5E-5}, {@code 0.0012}, {@code 100.0},
     * {@code 5E9}): its mantissa's digits without the leading and trailing zeros. At least 1.
     */
    static int significantDigits(String text) {
        boolean started = false;
        int count = 0;
        int upToLast = 0; // the digits up to the last non-zero one
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c < '0' || c > '9' || !started && c == '0') {
                continue;
            }
            started = true;
            count++;
            if (c != '0') {
                upToLast = count;
            }
        }
        return Math.max(1, upToLast);
    }

    private static BigDecimal round(BigDecimal exact, int digits, RoundingMode mode) {
        return exact.round(new MathContext(digits, mode));
    }

    /** The decimals that read back as one double: from {@code low} to {@code high}. */
    private record Interval(BigDecimal low, BigDecimal high, boolean closed) {
        boolean holds(BigDecimal x) {
            int a = x.compareTo(low);
            int b = x.compareTo(high);
            return closed ? a >= 0 && b <= 0 : a > 0 && b < 0;
        }
    }

    /**
     * Appends {@code 0.DIGITS x 10^decpt} (no trailing zero in {@code digits}) as Python's
     * {@code repr} does: fixed notation when {@code -4 < decpt <= 16}, else with an exponent.
     */
    private static void format(StringBuilder sb, String digits, int decpt) {
        int nd = digits.length();
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                for (int i = 0; i < -decpt; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (decpt >= nd) {
                sb.append(digits);
                for (int i = nd; i < decpt; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, nd);
            }
            return;
        }
        sb.append(digits.charAt(0));
        if (nd > 1) {
            sb.append('.').append(digits, 1, nd);
        }
        int exp = decpt - 1;
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }
}
