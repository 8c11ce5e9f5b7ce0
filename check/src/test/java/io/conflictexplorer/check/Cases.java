package io.conflictexplorer.check;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The course's sample cases and this project's end-to-end cases, each {@code NAME.in} with its {@code NAME.out}. */
public final class Cases {

    private Cases() {}

    /** Every {@code .in} of the sample cases and of the e2e cases, sorted; each has its {@code .out}. */
    public static List<Path> all() throws IOException, URISyntaxException {
        List<Path> out = new ArrayList<>();
        for (String folder : List.of("sample-cases", "e2e")) {
            Path dir = Paths.get(Cases.class.getResource("/" + folder).toURI());
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(f -> f.toString().endsWith(".in")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    public static Path resource(String folder, String name) throws URISyntaxException {
        return Paths.get(Cases.class.getResource("/" + folder + "/" + name).toURI());
    }

    public static Path out(Path in) {
        String name = in.getFileName().toString();
        return in.resolveSibling(name.substring(0, name.length() - 3) + ".out");
    }
}
