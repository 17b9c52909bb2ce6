package org.wayfinder.config.notice;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A notice as its page shows it, held by the programme's cache: the owner's text, or the template
 * when the owner has not written one.
 *
 * @param kind           which notice
 * @param text           the text, in {@link NoticeText}'s format
 * @param edited         whether the owner wrote it (false: the template)
 * @param updatedAt      when the owner last saved it; null for the template
 * @param blocks         the text's blocks, to draw
 * @param stillToComplete the parts still marked {@code [To complete: ...]}
 */
public record ShownNotice(NoticeKind kind, String text, boolean edited, Instant updatedAt, List<NoticeText.Block> blocks,
                          List<String> stillToComplete) implements Serializable {

    public ShownNotice {
        blocks = List.copyOf(blocks);
        stillToComplete = List.copyOf(stillToComplete);
    }

    static ShownNotice of(NoticeKind kind, String text, boolean edited, Instant updatedAt) {
        return new ShownNotice(kind, text, edited, updatedAt, NoticeText.parse(text), NoticeText.stillToComplete(text));
    }

    public String title() {
        return kind.title();
    }
}
