package io.conflictexplorer.core.clock;

/**
 * The order people read actors in: "c2" before "c10" (the text before the trailing digits, then the
 * digits as a number, then the whole id), so a clock's entries read alike whatever order they
 * arrived in ({@link VersionVector#toString()}).
 */
public final class ActorOrder {

    private ActorOrder() {}

    /** Negative when {@code a} comes before {@code b}, 0 when they are equal. */
    public static int compare(String a, String b) {
        int da = trailingDigits(a);
        int db = trailingDigits(b);
        int c = a.substring(0, da).compareTo(b.substring(0, db));
        if (c != 0 || da == a.length() || db == b.length()) {
            return c != 0 ? c : a.compareTo(b);
        }
        String na = a.substring(da).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(db).replaceFirst("^0+(?=.)", "");
        c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        return c != 0 ? c : a.compareTo(b);
    }

    /** Where the digits at the end of {@code s} begin ({@code s.length()} when there are none). */
    private static int trailingDigits(String s) {
        int i = s.length();
        while (i > 0 && Character.isDigit(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
