package io.conflictexplorer.gui.platform;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX FileChoosers that remember the last folder used. */
public final class FxFileDialogs implements FileDialogs {

    private File lastFolder;

    @Override
    public Optional<Path> chooseScenarioToOpen(Window owner) {
        FileChooser c = chooser("Open scenario", "Scenario (*.json)", "*.json");
        // a slide exported by the app carries its scenario (files.PictureFiles)
        c.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        "Exported slide with its scenario (*.svg, *.png)", "*.svg", "*.png"));
        return remember(c.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseScenarioToSave(Window owner, String suggestedName) {
        FileChooser c = chooser("Save scenario", "Scenario (*.json)", "*.json");
        c.setInitialFileName(suggestedName);
        return remember(c.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> choosePngToExport(Window owner, String suggestedName) {
        FileChooser c = chooser("Export picture for slides", "PNG image (*.png)", "*.png");
        c.setInitialFileName(suggestedName);
        return remember(c.showSaveDialog(owner));
    }

    private FileChooser chooser(String title, String description, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        // the last folder used, else the user's home (not wherever the app was started from)
        File home = new File(System.getProperty("user.home"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        } else if (home.isDirectory()) {
            c.setInitialDirectory(home);
        }
        return c;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }
}
