package org.wayfinder.config.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.audit.AuditTrail;

/**
 * How an owner writes the programme's notices: save a text (checked first, every problem at once),
 * or go back to the template. Each change is in the audit trail with the text before and after, so
 * the programme can say what its notice said on a given day (the trail keeps the first 4,000
 * characters of each; a longer notice is cut there).
 */
@ApplicationScoped
@Transactional
public class NoticeEditor {

    /** The longest notice, in characters: a full privacy notice is rarely over 10,000. */
    public static final int MAX_LENGTH = 20_000;

    /** The longest heading, in characters. */
    public static final int MAX_HEADING = 150;

    /** The audit trail's actions: an owner's text saved, and the notice put back to the template. */
    public static final String CHANGED = "notice.changed";
    public static final String RESET = "notice.reset";

    @Inject
    Notices notices;

    @Inject
    AuditTrail audit;

    /** The notice as its page shows it. */
    public ShownNotice shown(NoticeKind kind) {
        return notices.shown(kind);
    }

    /** The text the owner wrote, if any: what the configuration export carries. */
    public Optional<String> written(NoticeKind kind) {
        return notices.find(kind).map(Notice::getText);
    }

    /**
     * Saves the owner's text in place of the notice's current one.
     *
     * @return whether anything changed
     * @throws InvalidInputException on field {@code text}, with every problem
     */
    @RequiresRole(Roles.OWNER)
    public boolean save(NoticeKind kind, String typed) {
        List<FieldError> problems = problemsWith(kind, typed);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String text = NoticeText.normalise(typed);
        Optional<Notice> stored = notices.find(kind);
        if (stored.filter(notice -> notice.getText().equals(text)).isPresent()) {
            return false;
        }
        String before = stored.map(Notice::getText).orElseGet(() -> "(the template)\n" + notices.template(kind));
        if (stored.isPresent()) {
            stored.get().change(text, Instant.now());
        } else {
            notices.add(new Notice(kind, text, Instant.now()));
        }
        audit.recordChange(CHANGED, "notice", kind.key(), before, text);
        return true;
    }

    /**
     * Removes the owner's text, so the page shows the template again.
     *
     * @return whether there was a text to remove
     */
    @RequiresRole(Roles.OWNER)
    public boolean reset(NoticeKind kind) {
        Optional<Notice> stored = notices.find(kind);
        if (stored.isEmpty()) {
            return false;
        }
        String before = stored.get().getText();
        notices.remove(stored.get());
        audit.recordChange(RESET, "notice", kind.key(), before, "(the template)\n" + notices.template(kind));
        return true;
    }

    /** Every problem with a text for a notice; empty when it can be saved. */
    public List<FieldError> problemsWith(NoticeKind kind, String typed) {
        List<FieldError> problems = new ArrayList<>();
        String text = NoticeText.normalise(typed);
        String name = kind.title().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            problems.add(new FieldError("text", "Write the " + name + ", or reset it to the template."));
        } else if (text.length() > MAX_LENGTH) {
            problems.add(new FieldError("text", String.format(Locale.UK, "The %s is %,d characters long; keep it to %,d.", name,
                    text.length(), MAX_LENGTH)));
        }
        for (String heading : NoticeText.headings(text)) {
            if (heading.length() > MAX_HEADING) {
                problems.add(new FieldError("text", "Keep each heading to " + MAX_HEADING + " characters; this one is "
                        + heading.length() + ": \"" + heading.substring(0, 40) + "...\"."));
            }
        }
        return problems;
    }
}
