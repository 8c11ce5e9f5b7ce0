package io.conflictexplorer.gui.export;

import java.util.Locale;

/** What an export writes; the command line names it in lower case ({@code --export svg}). */
public enum ExportFormat {
    /** The slide at one step as an SVG, the scenario in its metadata. */
    SVG(".svg"),
    /** The slide at one step as a PNG, the scenario in a text chunk. */
    PNG(".png"),
    /** One picture per step (SVG or PNG) into a folder, numbered. */
    FRAMES(""),
    /** The steps as an animated GIF. */
    GIF(".gif"),
    /** The run as a Mermaid sequenceDiagram. */
    MERMAID(".mmd"),
    /** The run as a PlantUML sequence diagram. */
    PLANTUML(".puml"),
    /** The run as a ShiViz log. */
    SHIVIZ(".log");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name ending of this format ({@code .svg}); empty for a folder of frames. */
    public String extension() {
        return extension;
    }

    /** True for the formats that are text: they can go to the clipboard or to standard output. */
    public boolean text() {
        return this == MERMAID || this == PLANTUML || this == SHIVIZ;
    }

    /** The format named {@code name} (any case). */
    public static ExportFormat named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The command-line name, e.g. "svg". */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
