package io.conflictexplorer.gui.lesson.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes an export to a file (or, for step frames, a folder). The view model runs it and reports a
 * failure in words; it never needs to know the format, so the model does not depend on the export
 * package.
 */
@FunctionalInterface
public interface FileWriting {

    void to(Path target) throws IOException;
}
