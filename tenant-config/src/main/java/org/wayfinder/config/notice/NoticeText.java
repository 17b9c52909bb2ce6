package org.wayfinder.config.notice;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain format notices are written in, so that an owner's text can never become markup: blocks
 * are separated by a blank line; a line starting {@code ## } is a heading ({@code ### } a smaller
 * one); lines starting {@code - } make a bulleted list; any other lines are a paragraph, their line
 * breaks kept (an address). Pages draw the blocks as escaped text, so {@code <script>} typed into a
 * notice is shown as those characters.
 */
public final class NoticeText {

    /** How parts an owner must still write are marked in a template: {@code [To complete: who to contact]}. */
    public static final String TO_COMPLETE = "[To complete:";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[To complete:[^\\]\\n]*\\]");

    private NoticeText() {
    }

    /** What a block is drawn as. */
    public enum Type { HEADING, SUBHEADING, PARAGRAPH, LIST }

    /**
     * A part of a notice: a heading's or paragraph's {@code text}, or a list's {@code items}.
     * Records' accessors read in Facelets as {@code block.text()}.
     */
    public record Block(Type type, String text, List<String> items) implements Serializable {

        public Block {
            items = List.copyOf(items);
        }

        public boolean heading() {
            return type == Type.HEADING;
        }

        public boolean subheading() {
            return type == Type.SUBHEADING;
        }

        public boolean paragraph() {
            return type == Type.PARAGRAPH;
        }

        public boolean list() {
            return type == Type.LIST;
        }
    }

    /** The text with Windows line ends made plain and control characters other than line breaks and tabs removed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    }

    /** The blocks of a text, in order. */
    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> list = new ArrayList<>();
        for (String raw : normalise(text).split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(blocks, paragraph, list);
            } else if (line.startsWith("### ") || line.startsWith("## ")) {
                flush(blocks, paragraph, list);
                boolean smaller = line.startsWith("### ");
                blocks.add(new Block(smaller ? Type.SUBHEADING : Type.HEADING, line.substring(smaller ? 4 : 3).strip(), List.of()));
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                if (!paragraph.isEmpty()) {
                    flush(blocks, paragraph, List.of());
                }
                list.add(line.substring(2).strip());
            } else {
                if (!list.isEmpty()) {
                    flush(blocks, List.of(), list);
                }
                paragraph.add(line);
            }
        }
        flush(blocks, paragraph, list);
        return List.copyOf(blocks);
    }

    /** The headings of a text, each with its text, for checking their length. */
    static List<String> headings(String text) {
        return parse(text).stream().filter(block -> block.heading() || block.subheading()).map(Block::text).toList();
    }

    /** The parts of a text still marked {@code [To complete: ...]}, in order, each once. */
    public static List<String> stillToComplete(String text) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return List.copyOf(found);
    }

    private static void flush(List<Block> blocks, List<String> paragraph, List<String> list) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(Type.PARAGRAPH, String.join("\n", paragraph), List.of()));
            paragraph.clear();
        }
        if (!list.isEmpty()) {
            blocks.add(new Block(Type.LIST, "", list));
            list.clear();
        }
    }
}
