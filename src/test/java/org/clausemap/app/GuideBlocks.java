package org.clausemap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a Markdown guide whose info string carries an instruction after the language:
 * {@code file=PATH} (create the file), {@code append=PATH} (append to it), {@code example=PATH} (an illustrative
 * file), {@code run} (a command) and {@code expect} (lines the preceding command must print).
 */
record GuideBlocks(List<GuideBlocks.Block> blocks) {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*(.*)$");

    /**
     * @param action file, append, example, run or expect
     * @param path   the file's path for file, append and example; null otherwise
     * @param text   the block's content, its fence's indentation removed, ending with a newline
     */
    record Block(String action, String path, String text) {
    }

    static GuideBlocks read(Path markdown) throws IOException {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = Files.readAllLines(markdown);
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (!lines.get(j).strip().equals("```")) {
                String line = lines.get(j);
                text.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
                j++;
            }
            String info = open.group(3).strip();
            if (!info.isEmpty()) {
                String[] instruction = info.split("=", 2);
                blocks.add(new Block(instruction[0], instruction.length > 1 ? instruction[1] : null,
                        text.toString()));
            }
            i = j;
        }
        return new GuideBlocks(blocks);
    }

    List<Block> withAction(String... actions) {
        List<String> wanted = List.of(actions);
        return blocks.stream().filter(b -> wanted.contains(b.action())).toList();
    }

    /** A documented command line as arguments: after {@code java -jar target/clausemap.jar} or {@code clausemap}. */
    static List<String> arguments(String command) {
        String line = command.strip().replaceFirst("^(java -jar target/clausemap\\.jar|clausemap)\\s+", "");
        List<String> args = new ArrayList<>();
        Matcher token = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(line);
        while (token.find()) {
            args.add(token.group(1) != null ? token.group(1) : token.group(2) != null ? token.group(2)
                    : token.group(3));
        }
        return args;
    }
}
