package io.conflictexplorer.gui.export;

import io.conflictexplorer.files.AtomicFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
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
 * Writes pictures as an animated GIF that loops, with the JDK's own GIF writer (it reduces each
 * frame to 256 colours itself): each frame shows for {@code delay} hundredths of a second, the last
 * one for {@code lastDelay}, so a slide that plays it pauses on the result.
 */
final class AnimatedGif {

    private static final String GIF_FORMAT = "javax_imageio_gif_image_1.0";

    private AnimatedGif() {}

    static void write(List<BufferedImage> frames, int delay, int lastDelay, Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        ImageWriter writer = writers.next();
        try {
            AtomicFile.write(file, target -> write(writer, frames, delay, lastDelay, target));
        } finally {
            writer.dispose();
        }
    }

    private static void write(
            ImageWriter writer, List<BufferedImage> frames, int delay, int lastDelay, OutputStream target)
            throws IOException {
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage frame = frames.get(i);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta =
                        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(GIF_FORMAT);
                IIOMetadataNode control = child(root, "GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", String.valueOf(i == frames.size() - 1 ? lastDelay : delay));
                control.setAttribute("transparentColorIndex", "0");
                if (i == 0) {
                    // the NETSCAPE2.0 extension: loop for ever (0 repetitions means no end)
                    IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
                    app.setAttribute("applicationID", "NETSCAPE");
                    app.setAttribute("authenticationCode", "2.0");
                    app.setUserObject(new byte[] {1, 0, 0});
                    child(root, "ApplicationExtensions").appendChild(app);
                }
                try {
                    meta.setFromTree(GIF_FORMAT, root);
                } catch (IIOInvalidTreeException e) {
                    throw new IOException("the GIF writer refused a frame's timing: " + e.getMessage(), e);
                }
                writer.writeToSequence(new IIOImage(frame, null, meta), param);
            }
            writer.endWriteSequence();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
