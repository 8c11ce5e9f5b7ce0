package io.conflictexplorer.docs;

import io.conflictexplorer.docs.ShellWords.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the commands of a Markdown file's shell blocks ({@code bash}, {@code sh}, {@code shell}),
 * which run from the repository's root unless they {@code cd}: every word that names a path in
 * the repository (it starts with {@code ./} or with one of the root's own entries, such as
 * {@code protocol-node/} or {@code bin/}) names a file that exists, and a command word such a path
 * names is executable; build output (a {@code target/} folder) and words with a variable or a glob
 * are left alone. Maven's options name what exists: {@code -pl} modules, {@code -P} profiles,
 * {@code -Dtest} and {@code -Dit.test} test classes ({@code none}: no test), and a class named by
 * its full name ({@code io.conflictexplorer....}) has a source file. A command is {@code ./mvnw},
 * never {@code mvn}, which a fresh clone may not have.
 */
final class DocCommands {

    private static final Set<String> SHELL = Set.of("bash", "sh", "shell", "console");
    private static final Set<String> PREFIXES = Set.of("time", "sudo", "env", "exec", "nohup");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");
    private static final Pattern OUR_CLASS = Pattern.compile("io\\.conflictexplorer(\\.[a-z][a-z0-9]*)*\\.[A-Z]\\w*");

    private final Path root;
    private final Set<String> rootEntries;
    private final Set<String> testClasses;
    private final List<String> poms;

    DocCommands(Path root) throws IOException {
        this.root = root;
        try (Stream<Path> entries = Files.list(root)) {
            rootEntries = entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        List<String> names = new ArrayList<>();
        List<String> pomTexts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(f -> DocFiles.notSkipped(root.relativize(f)))::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".java") && root.relativize(p).toString().contains("src/test/java")) {
                    names.add(name.substring(0, name.length() - ".java".length()));
                } else if (name.equals("pom.xml")) {
                    pomTexts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        testClasses = Set.copyOf(names);
        poms = pomTexts;
    }

    /** The problems of one file's shell blocks, each with its file and line. */
    List<String> check(MarkdownFile file) {
        List<String> problems = new ArrayList<>();
        String where = root.relativize(file.path()).toString();
        for (MarkdownFile.CodeBlock block : file.blocks()) {
            if (!SHELL.contains(block.language())) {
                continue;
            }
            Path cwd = root;
            StringBuilder logical = new StringBuilder();
            int start = block.firstLine();
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i);
                if (logical.isEmpty()) {
                    start = block.firstLine() + i;
                }
                if (line.endsWith("\\")) {
                    logical.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                logical.append(line);
                String text = logical.toString().strip();
                logical.setLength(0);
                if (text.startsWith("$ ")) {
                    text = text.substring(2); // a prompt
                }
                String at = where + ":" + start + ": ";
                cwd = checkLine(ShellWords.split(text), cwd, at, problems);
            }
        }
        return problems;
    }

    /** Checks one line; returns the directory the next line runs in (null: outside the repository). */
    private Path checkLine(List<Token> tokens, Path cwd, String at, List<String> problems) {
        boolean commandWord = true;
        boolean redirectIn = false;
        boolean redirectOut = false;
        String option = null;
        for (Token t : tokens) {
            if (t.operator()) {
                redirectIn = t.text().equals("<");
                redirectOut = t.text().equals(">")
                        || t.text().equals(">>")
                        || t.text().equals("2>");
                commandWord = !redirectIn && !redirectOut;
                option = null;
                continue;
            }
            String w = t.text();
            if (redirectOut) {
                redirectOut = false;
                continue;
            }
            if (commandWord && (ASSIGNMENT.matcher(w).matches() || PREFIXES.contains(w))) {
                continue;
            }
            if (commandWord) {
                commandWord = false;
                if (w.equals("mvn")) {
                    problems.add(at + "`mvn`: use ./mvnw (a fresh clone has the wrapper, not always Maven)");
                } else if (w.equals("cd")) {
                    option = "cd";
                    continue;
                } else if (!t.expands() && isRepoPath(w, cwd)) {
                    Path p = cwd.resolve(w).normalize();
                    if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                        problems.add(at + "command " + w + " is not an executable file of the repository");
                    }
                    continue;
                }
            }
            if ("cd".equals(option)) {
                Path to = cwd == null || t.expands() || w.startsWith("/")
                        ? null
                        : cwd.resolve(w).normalize();
                cwd = to != null && to.startsWith(root) && Files.isDirectory(to) ? to : null;
                option = null;
                continue;
            }
            if ("-pl".equals(option)) {
                for (String module : w.split(",")) {
                    String m = module.replaceFirst("^[!-]", "");
                    if (!m.startsWith(":")
                            && !Files.isRegularFile(root.resolve(m).resolve("pom.xml"))) {
                        problems.add(at + "-pl " + m + ": no such module");
                    }
                }
            }
            option = w.startsWith("-") ? w : null;
            checkWord(t, cwd, at, redirectIn, problems);
            redirectIn = false;
        }
        return cwd;
    }

    private void checkWord(Token t, Path cwd, String at, boolean input, List<String> problems) {
        String w = t.text();
        if (w.startsWith("-Dtest=") || w.startsWith("-Dit.test=")) {
            for (String name : w.substring(w.indexOf('=') + 1).split(",")) {
                String cls = name.replaceFirst("#.*", "");
                if (!cls.equals("none") && !cls.contains("*") && !testClasses.contains(cls)) {
                    problems.add(at + w + ": no test class " + cls);
                }
            }
        } else if (w.startsWith("-P") && w.length() > 2) {
            for (String profile : w.substring(2).split(",")) {
                if (poms.stream().noneMatch(pom -> pom.contains("<id>" + profile + "</id>"))) {
                    problems.add(at + w + ": no profile " + profile + " in any pom.xml");
                }
            }
        } else if (OUR_CLASS.matcher(w).matches()) {
            String source = "src/main/java/" + w.replace('.', '/') + ".java";
            try (Stream<Path> modules = Files.list(root)) {
                if (modules.noneMatch(m -> Files.isRegularFile(m.resolve(source)))) {
                    problems.add(at + "class " + w + " has no source file");
                }
            } catch (IOException e) {
                problems.add(at + "cannot list the repository: " + e.getMessage());
            }
        } else if (!t.expands() && isRepoPath(w, cwd)) {
            Path p = cwd.resolve(w).normalize();
            if (!p.startsWith(root)) {
                problems.add(at + w + ": outside the repository (a fresh clone has only the repository)");
            } else if (!Files.exists(p)) {
                problems.add(at + (input ? "input " : "") + w + ": no such file in the repository");
            }
        }
    }

    /** A path below the directory the command runs in, which the checks can see on a fresh clone. */
    private boolean isRepoPath(String w, Path cwd) {
        // a quoted word with a space is an argument, a command line given to a script, not a path
        if (cwd == null || w.startsWith("-") || w.contains("*") || w.contains("?") || w.contains(" ")) {
            return false;
        }
        if (w.startsWith("../")) {
            return true; // checked: outside the repository, unless a cd went down into it
        }
        String first = w.startsWith("./") ? w.substring(2).split("/", 2)[0] : w.split("/", 2)[0];
        boolean inRepo = w.startsWith("./") || (cwd.equals(root) && w.contains("/") && rootEntries.contains(first));
        return inRepo && !("/" + w + "/").contains("/target/");
    }
}
