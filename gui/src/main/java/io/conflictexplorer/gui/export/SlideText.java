package io.conflictexplorer.gui.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The text on a slide, measured without a font: lines broken at spaces by the average advance of a
 * character.
 */
final class SlideText {

    /** Average advance of a character of the sans-serif font, per pixel of font size. */
    static final double CHAR_WIDTH = 0.58;

    static final double BOLD_CHAR_WIDTH = 0.64;

    private SlideText() {}

    /** Each of {@code lines} broken at spaces to {@code width} in bold at {@code size}, in order. */
    static List<String> wrapAll(List<String> lines, double width, double size) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.addAll(wrap(line, width, size * BOLD_CHAR_WIDTH / CHAR_WIDTH, Integer.MAX_VALUE));
        }
        return out;
    }

    /** {@code text} broken at spaces into lines of {@code width}, at most {@code max} lines ("..." ends a cut). */
    static List<String> wrap(String text, double width, double size, int max) {
        int perLine = Math.max(8, (int) (width / (size * CHAR_WIDTH)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > max) {
            List<String> cut = new ArrayList<>(lines.subList(0, max));
            String last = cut.get(max - 1);
            cut.set(
                    max - 1,
                    (last.length() + 3 > perLine ? last.substring(0, Math.max(0, perLine - 3)) : last) + "...");
            return cut;
        }
        return lines;
    }
}
