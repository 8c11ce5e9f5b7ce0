package io.conflictexplorer.gui.files;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.files.ScenarioFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The scenario an exported picture carries: the file JSON in an SVG's {@code <metadata>} (the
 * element {@code scenario} of namespace {@link #SVG_NAMESPACE}) or in a PNG's iTXt chunk
 * {@link #PNG_KEYWORD}, as the export package writes them (the PNG's chunk is read by {@link PngText},
 * checksum and all). A picture that carries none, or one that is not a scenario, is refused with a
 * message that says so and where (an SVG's line and column, a PNG's chunk and byte); the scenario
 * inside is read by {@link ScenarioFiles#parse}, with the same checks as a scenario file.
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
                throw new ScenarioFileException(name + " is too large to be an exported picture (over "
                        + MAX_PICTURE_BYTES / (1024 * 1024) + " MiB).");
            }
            boolean svg = name.toLowerCase(Locale.ROOT).endsWith(".svg");
            Optional<String> json = svg ? fromSvg(file) : fromPng(file);
            if (json.isEmpty()) {
                throw new ScenarioFileException(name
                        + " carries no scenario: only pictures exported by Conflict Explorer (SVG or PNG) can be"
                        + " opened.");
            }
            return ScenarioFiles.parse(json.get(), name + " (the scenario inside it)");
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
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            boolean cut = message.startsWith("Premature end of file") || message.startsWith("XML document structures");
            String where = e.getLineNumber() > 0
                    ? "line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    : cut ? "byte " + Files.size(file) : "its start";
            String why = Files.size(file) == 0
                    ? "it is empty"
                    : message.contains("DOCTYPE")
                            ? "it declares a DOCTYPE, which an exported picture never has"
                            : cut ? "it is cut short" : message;
            throw new ScenarioFileException(
                    file.getFileName() + " is not a well-formed SVG at " + where + " (" + why + ").", e);
        } catch (SAXException e) {
            throw new ScenarioFileException(file.getFileName() + " is not a well-formed SVG: " + e.getMessage(), e);
        } catch (UnsupportedEncodingException e) {
            throw new ScenarioFileException(
                    file.getFileName() + " is not a well-formed SVG: line 1 declares the"
                            + " encoding \"" + e.getMessage()
                            + "\", which this app does not know (an exported picture is"
                            + " UTF-8).",
                    e);
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** The text of the PNG's scenario chunk, if it has one ({@link PngText}). */
    static Optional<String> fromPng(Path file) throws IOException, ScenarioFileException {
        return PngText.read(file, PNG_KEYWORD, (int) ScenarioFiles.MAX_BYTES);
    }
}
