package io.conflictexplorer.gui.view.diagram;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How wide a line of text is in a font, exactly as JavaFX lays it out ({@link Text}'s layout
 * width), at a fraction of the cost: a line of simple text (Latin letters, digits, punctuation and
 * the few symbols chips use) is as wide as the sum of its characters' advances, added up in
 * {@code float} from left to right as JavaFX's text layout does, so each character is measured once
 * per font. Any other text (other scripts, which may be shaped; surrogate pairs) is laid out whole.
 *
 * <p>Why: a scenario of 8,000 operations has some 24,000 distinct chip lines, and the window's fit
 * tries several zooms in a row, each with other fonts. Laying each line out took 13 us, a third of a
 * second per zoom; the sum takes under 2 (TextWidthsTest checks that both agree).
 */
final class TextWidths {

    /** Characters from the space up to here (Latin scripts, IPA) are summed; C1 controls are not. */
    private static final char LAST_SIMPLE = 0x02ff;

    /** Symbols the chips and notes use beyond that range: arrow, ellipsis, middle dot's neighbours. */
    private static final String SYMBOLS = "\u2192\u2026\u2013\u2014\u2018\u2019\u201c\u201d";

    private static final int SLOTS = LAST_SIMPLE - ' ' + 1 + SYMBOLS.length();

    private final Text probe = new Text();
    /** Each font's advances by slot, NaN until measured. */
    private final Map<Font, float[]> advances = new HashMap<>();

    /** The width of {@code s} on one line in {@code font}. */
    double width(Font font, String s) {
        if (s.isEmpty()) {
            return 0;
        }
        float[] a = advances.computeIfAbsent(font, f -> {
            float[] fresh = new float[SLOTS];
            Arrays.fill(fresh, Float.NaN);
            return fresh;
        });
        float sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int slot = slot(c);
            if (slot < 0) {
                return laidOut(font, s);
            }
            float w = a[slot];
            if (Float.isNaN(w)) {
                w = (float) laidOut(font, String.valueOf(c));
                a[slot] = w;
            }
            sum += w;
        }
        return sum;
    }

    /** True when {@code s} is simple text, whose width is the sum of its characters' (see the class comment). */
    static boolean simple(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (slot(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Forgets the fonts measured so far (the zoom or the stylesheets changed). */
    void clear() {
        advances.clear();
    }

    private double laidOut(Font font, String s) {
        probe.setFont(font);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }

    private static int slot(char c) {
        if (c >= ' ' && c <= LAST_SIMPLE && (c < 0x7f || c > 0x9f)) {
            return c - ' ';
        }
        int symbol = SYMBOLS.indexOf(c);
        return symbol < 0 ? -1 : LAST_SIMPLE - ' ' + 1 + symbol;
    }
}
