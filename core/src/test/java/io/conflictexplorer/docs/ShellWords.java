package io.conflictexplorer.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of shell split as bash would for the checks: words with their quotes removed (and whether
 * a part was quoted or held a {@code $}), the control operators and redirections as their own
 * tokens, and no comment. Enough for the docs' commands; not a shell.
 */
final class ShellWords {

    /** A word, or an operator ({@code && || | ; ( ) $( < > >> 2>}). */
    record Token(String text, boolean operator, boolean expands) {
        static Token op(String text) {
            return new Token(text, true, false);
        }
    }

    private static final List<String> OPERATORS = List.of("&&", "||", "$(", ">>", "2>", "|", ";", "(", ")", "<", ">");

    private ShellWords() {}

    static List<Token> split(String line) {
        List<Token> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean expands = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                int end = line.indexOf(c, i + 1);
                end = end < 0 ? line.length() : end;
                String quoted = line.substring(i + 1, end);
                expands |= c == '"' && quoted.contains("$");
                word.append(quoted);
                inWord = true;
                i = end + 1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(new Token(word.toString(), false, expands));
                }
                word.setLength(0);
                inWord = false;
                expands = false;
                i++;
                continue;
            }
            if (c == '#' && !inWord) {
                break; // a comment
            }
            String op = operatorAt(line, i);
            if (op != null) {
                if (inWord) {
                    out.add(new Token(word.toString(), false, expands));
                }
                word.setLength(0);
                inWord = false;
                expands = false;
                out.add(Token.op(op));
                i += op.length();
                continue;
            }
            expands |= c == '$' || c == '`';
            word.append(c);
            inWord = true;
            i++;
        }
        if (inWord) {
            out.add(new Token(word.toString(), false, expands));
        }
        return out;
    }

    /** The operator starting at {@code i}, or null; {@code 2>} only at a word's start. */
    private static String operatorAt(String line, int i) {
        for (String op : OPERATORS) {
            if (line.startsWith(op, i)) {
                boolean wordStart = i == 0 || Character.isWhitespace(line.charAt(i - 1));
                if (op.equals("2>") && !wordStart) {
                    continue;
                }
                return op;
            }
        }
        return null;
    }
}
