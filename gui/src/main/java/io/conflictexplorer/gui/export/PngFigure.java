package io.conflictexplorer.gui.export;

import io.conflictexplorer.files.AtomicFile;
import io.conflictexplorer.gui.export.Figure.Anchor;
import io.conflictexplorer.gui.export.Figure.Box;
import io.conflictexplorer.gui.export.Figure.Line;
import io.conflictexplorer.gui.export.Figure.Mark;
import io.conflictexplorer.gui.export.Figure.Text;
import io.conflictexplorer.gui.files.PictureFiles;
import io.conflictexplorer.gui.projection.ArrowHead;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Renders a {@link Figure} with Java2D (no JavaFX toolkit, so the command line needs no display) at
 * a scale (1: 1920 x 1080 for a slide; 2: 3840 x 2160 for a 4K projector), and writes it as a PNG
 * whose iTXt chunk {@link PictureFiles#PNG_KEYWORD} holds the scenario's file JSON, uncompressed
 * UTF-8, so File > Open on the picture reopens the scenario ({@link PictureFiles}).
 */
public final class PngFigure {

    private PngFigure() {}

    /** {@code figure} drawn at {@code scale} pixels per logical pixel. */
    public static BufferedImage render(Figure figure, double scale) {
        int w = (int) Math.round(figure.width() * scale);
        int h = (int) Math.round(figure.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(colour(figure.background()));
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            for (Mark m : figure.marks()) {
                if (m instanceof Line l) {
                    line(g, l);
                } else if (m instanceof Box b) {
                    box(g, b);
                } else if (m instanceof Text t) {
                    text(g, t);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@code image} to {@code file} as a PNG with {@code scenarioJson} in its iTXt chunk. */
    public static void write(BufferedImage image, String scenarioJson, Path file) throws IOException {
        AtomicFile.write(file, out -> write(image, scenarioJson, out));
    }

    /** As {@link #write(BufferedImage, String, Path)}, to a stream (not closed). */
    public static void write(BufferedImage image, String scenarioJson, OutputStream target) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", PictureFiles.PNG_KEYWORD);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", scenarioJson);
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            itxt.appendChild(entry);
            IIOMetadataNode root = new IIOMetadataNode(PictureFiles.PNG_FORMAT);
            root.appendChild(itxt);
            try {
                meta.mergeTree(PictureFiles.PNG_FORMAT, root);
            } catch (IIOInvalidTreeException e) {
                throw new IOException("the PNG writer refused the scenario chunk: " + e.getMessage(), e);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    private static void line(Graphics2D g, Line l) {
        alpha(g, l.opacity());
        g.setColor(colour(l.colour()));
        g.setStroke(stroke(l.width(), l.dash()));
        g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        if (l.head()) {
            double[] p = ArrowHead.onLine(l.x1(), l.y1(), l.x2(), l.y2(), Math.max(9, l.width() * 4), 0.45)
                    .points();
            Path2D.Double head = new Path2D.Double();
            head.moveTo(p[0], p[1]);
            head.lineTo(p[2], p[3]);
            head.lineTo(p[4], p[5]);
            head.closePath();
            g.fill(head);
        }
    }

    private static void box(Graphics2D g, Box b) {
        alpha(g, b.opacity());
        RoundRectangle2D.Double r =
                new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), b.radius() * 2, b.radius() * 2);
        if (b.fill() != null) {
            g.setColor(colour(b.fill()));
            g.fill(r);
        }
        if (b.stroke() != null) {
            g.setColor(colour(b.stroke()));
            g.setStroke(stroke(b.strokeWidth(), b.dash()));
            g.draw(r);
        }
    }

    private static void text(Graphics2D g, Text t) {
        alpha(g, t.opacity());
        Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) t.size());
        g.setFont(font);
        g.setColor(colour(t.colour()));
        FontMetrics fm = g.getFontMetrics();
        double w = fm.getStringBounds(t.text(), g).getWidth();
        double x = t.anchor() == Anchor.START ? t.x() : t.anchor() == Anchor.MIDDLE ? t.x() - w / 2 : t.x() - w;
        g.drawString(t.text(), (float) x, (float) t.y());
        if (t.struck()) {
            g.setStroke(new BasicStroke((float) Math.max(1.5, t.size() / 12)));
            double y = t.y() - fm.getAscent() * 0.32;
            g.draw(new Line2D.Double(x, y, x + w, y));
        }
    }

    private static void alpha(Graphics2D g, double opacity) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.min(1, opacity)));
    }

    private static Stroke stroke(double width, double dash) {
        return dash > 0
                ? new BasicStroke(
                        (float) width,
                        BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND,
                        10,
                        new float[] {(float) dash, (float) (dash * 0.7)},
                        0)
                : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** {@code #rrggbb} as a colour. */
    static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
