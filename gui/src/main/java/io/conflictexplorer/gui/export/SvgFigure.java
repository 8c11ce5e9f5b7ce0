package io.conflictexplorer.gui.export;

import io.conflictexplorer.gui.export.Figure.Box;
import io.conflictexplorer.gui.export.Figure.Line;
import io.conflictexplorer.gui.export.Figure.Mark;
import io.conflictexplorer.gui.export.Figure.Text;
import io.conflictexplorer.gui.files.PictureFiles;
import io.conflictexplorer.gui.projection.ArrowHead;
import java.util.Locale;

/**
 * Writes a {@link Figure} as an SVG document: every line, box and text as a vector element (texts
 * stay selectable), and the scenario's file JSON in the document's {@code <metadata>}, in the
 * element {@code <ce:scenario>} of namespace {@link PictureFiles#SVG_NAMESPACE}, so File > Open on the
 * picture reopens the scenario ({@link PictureFiles}).
 */
public final class SvgFigure {

    static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

    private SvgFigure() {}

    /** The SVG text of {@code figure}, titled {@code title}, with {@code scenarioJson} as metadata. */
    public static String write(Figure figure, String title, String scenarioJson) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"")
                .append(n(figure.width()))
                .append("\" height=\"")
                .append(n(figure.height()))
                .append("\" viewBox=\"0 0 ")
                .append(n(figure.width()))
                .append(' ')
                .append(n(figure.height()))
                .append("\" font-family=\"")
                .append(FONT)
                .append("\">\n");
        out.append("<title>").append(escape(title)).append("</title>\n");
        out.append("<metadata><ce:scenario xmlns:ce=\"")
                .append(PictureFiles.SVG_NAMESPACE)
                .append("\">")
                .append(escape(scenarioJson))
                .append("</ce:scenario></metadata>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"")
                .append(figure.background())
                .append("\"/>\n");
        for (Mark m : figure.marks()) {
            if (m instanceof Line l) {
                line(out, l);
            } else if (m instanceof Box b) {
                box(out, b);
            } else if (m instanceof Text t) {
                text(out, t);
            }
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static void line(StringBuilder out, Line l) {
        out.append("<g")
                .append(l.opacity() >= 1 ? "" : " opacity=\"" + n(l.opacity()) + "\"")
                .append('>');
        out.append("<line x1=\"")
                .append(n(l.x1()))
                .append("\" y1=\"")
                .append(n(l.y1()))
                .append("\" x2=\"")
                .append(n(l.x2()))
                .append("\" y2=\"")
                .append(n(l.y2()))
                .append("\" stroke=\"")
                .append(l.colour())
                .append("\" stroke-width=\"")
                .append(n(l.width()))
                .append('"');
        if (l.dash() > 0) {
            out.append(" stroke-dasharray=\"")
                    .append(n(l.dash()))
                    .append(' ')
                    .append(n(l.dash() * 0.7))
                    .append('"');
        }
        out.append("/>");
        if (l.head()) {
            double[] p = ArrowHead.onLine(l.x1(), l.y1(), l.x2(), l.y2(), Math.max(9, l.width() * 4), 0.45)
                    .points();
            out.append("<polygon points=\"");
            for (int i = 0; i < p.length; i += 2) {
                out.append(i == 0 ? "" : " ").append(n(p[i])).append(',').append(n(p[i + 1]));
            }
            out.append("\" fill=\"").append(l.colour()).append("\"/>");
        }
        out.append("</g>\n");
    }

    private static void box(StringBuilder out, Box b) {
        out.append(group(b.opacity()));
        out.append("<rect x=\"")
                .append(n(b.x()))
                .append("\" y=\"")
                .append(n(b.y()))
                .append("\" width=\"")
                .append(n(b.w()))
                .append("\" height=\"")
                .append(n(b.h()))
                .append("\" rx=\"")
                .append(n(b.radius()))
                .append("\" fill=\"")
                .append(b.fill() == null ? "none" : b.fill())
                .append('"');
        if (b.stroke() != null) {
            out.append(" stroke=\"")
                    .append(b.stroke())
                    .append("\" stroke-width=\"")
                    .append(n(b.strokeWidth()))
                    .append('"');
            if (b.dash() > 0) {
                out.append(" stroke-dasharray=\"")
                        .append(n(b.dash()))
                        .append(' ')
                        .append(n(b.dash() * 0.7))
                        .append('"');
            }
        }
        out.append("/>").append(ungroup(b.opacity())).append('\n');
    }

    private static void text(StringBuilder out, Text t) {
        out.append(group(t.opacity()));
        out.append("<text x=\"")
                .append(n(t.x()))
                .append("\" y=\"")
                .append(n(t.y()))
                .append("\" font-size=\"")
                .append(n(t.size()))
                .append("\" fill=\"")
                .append(t.colour())
                .append('"');
        if (t.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        switch (t.anchor()) {
            case MIDDLE -> out.append(" text-anchor=\"middle\"");
            case END -> out.append(" text-anchor=\"end\"");
            case START -> {}
        }
        if (t.struck()) {
            out.append(" text-decoration=\"line-through\"");
        }
        out.append('>')
                .append(escape(t.text()))
                .append("</text>")
                .append(ungroup(t.opacity()))
                .append('\n');
    }

    /** A group that fades what it holds (some renderers ignore opacity on a text or a rect itself). */
    private static String group(double o) {
        return o >= 1 ? "" : "<g opacity=\"" + n(o) + "\">";
    }

    private static String ungroup(double o) {
        return o >= 1 ? "" : "</g>";
    }

    /** A number with at most two decimals, no trailing zeros, in the root locale. */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Escapes text for an XML element or attribute; drops the control characters XML 1.0 forbids. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\t' -> out.append("&#").append((int) ch).append(';');
                case '\r' -> out.append("&#13;");
                default -> {
                    if (ch >= 0x20) {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
