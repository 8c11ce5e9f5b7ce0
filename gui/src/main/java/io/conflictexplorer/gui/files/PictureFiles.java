package io.conflictexplorer.gui.files;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.files.ScenarioFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The scenario an exported picture carries: the file JSON in an SVG's {@code <metadata>} (the
 * element {@code scenario} of namespace {@link #SVG_NAMESPACE}) or in a PNG's iTXt chunk
 * {@link #PNG_KEYWORD}, as the export package writes them. A picture
 * that carries none, or one that is not a scenario, is refused with a message that says so; the
 * scenario inside is read by {@link ScenarioFiles#parse}, with the same checks as a scenario file.
 */
public final class PictureFiles {

    /** The namespace of the SVG metadata element {@code scenario} that holds the scenario. */
    public static final String SVG_NAMESPACE = "https://conflictexplorer.io/ns/scenario";

    /** The keyword of the PNG iTXt chunk that holds the scenario. */
    public static final String PNG_KEYWORD = "conflict-explorer-scenario";

    /** The name of the PNG metadata format of the JDK's PNG reader and writer. */
    public static final String PNG_FORMAT = "javax_imageio_png_1.0";

    /** A picture larger than this is not read (a 4K export is a few MiB at most). */
    public static final long MAX_PICTURE_BYTES = 64L * 1024 * 1024;

    private PictureFiles() {}

    /** True when {@code file}'s name says it is an exported picture (.svg or .png). */
    public static boolean isPicture(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".svg") || name.endsWith(".png");
    }

    /** The scenario exported into the picture {@code file}. */
    public static Scenario read(Path file) throws ScenarioFileException {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new ScenarioFileException(name + " is not a file that can be opened.");
            }
            if (Files.size(file) > MAX_PICTURE_BYTES) {
                throw new ScenarioFileException(name + " is too large to be an exported picture.");
            }
            boolean svg = name.toLowerCase(Locale.ROOT).endsWith(".svg");
            Optional<String> json = svg ? fromSvg(file) : fromPng(file);
            if (json.isEmpty()) {
                throw new ScenarioFileException(name
                        + " carries no scenario: only pictures exported by Conflict Explorer (SVG or PNG) can be"
                        + " opened.");
            }
            return ScenarioFiles.parse(json.get(), name);
        } catch (IOException e) {
            throw new ScenarioFileException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The text of the SVG's scenario metadata, if it has one. */
    static Optional<String> fromSvg(Path file) throws IOException, ScenarioFileException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // an SVG from elsewhere must not make the parser fetch or expand anything
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document doc = b.parse(in);
            NodeList found = doc.getElementsByTagNameNS(SVG_NAMESPACE, "scenario");
            return found.getLength() == 0
                    ? Optional.empty()
                    : Optional.of(found.item(0).getTextContent());
        } catch (SAXException e) {
            throw new ScenarioFileException(file.getFileName() + " is not a well-formed SVG: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** The text of the PNG's scenario chunk, if it has one. */
    static Optional<String> fromPng(Path file) throws IOException, ScenarioFileException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new ScenarioFileException(file.getFileName() + " is not a PNG picture.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                IIOMetadata meta = reader.getImageMetadata(0);
                if (!PNG_FORMAT.equals(meta.getNativeMetadataFormatName())) {
                    throw new ScenarioFileException(file.getFileName() + " is not a PNG picture.");
                }
                NodeList entries = ((Element) meta.getAsTree(PNG_FORMAT)).getElementsByTagName("iTXtEntry");
                for (int i = 0; i < entries.getLength(); i++) {
                    Element e = (Element) entries.item(i);
                    if (PNG_KEYWORD.equals(e.getAttribute("keyword"))) {
                        return Optional.of(e.getAttribute("text"));
                    }
                }
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }
}
