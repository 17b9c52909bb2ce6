package org.wayfinder.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wayfinder.config.notice.NoticeEditor;
import org.wayfinder.config.notice.NoticeKind;
import org.wayfinder.config.notice.NoticeText;
import org.wayfinder.config.notice.ShownNotice;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;

/**
 * The owner's editor of the programme's accessibility statement and privacy notice: one form per
 * notice, with a preview of what was typed, and going back to the template only after a second,
 * confirming press (drawn by the server, so it works without scripts).
 */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

    @Inject
    NoticeEditor editor;

    @Inject
    Messages messages;

    /** One notice as it is being edited. */
    public static class Draft implements Serializable {
        private final NoticeKind kind;
        private String text;
        private boolean edited;
        private Instant updatedAt;
        private List<String> stillToComplete = List.of();
        private List<NoticeText.Block> preview = List.of();
        private boolean confirmingReset;

        Draft(NoticeKind kind) {
            this.kind = kind;
        }

        void load(ShownNotice shown) {
            text = shown.text();
            edited = shown.edited();
            updatedAt = shown.updatedAt();
            stillToComplete = shown.stillToComplete();
            preview = List.of();
            confirmingReset = false;
        }

        public String getKey() {
            return kind.key();
        }

        public String getTitle() {
            return kind.title();
        }

        public String getPath() {
            return kind.path();
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isEdited() {
            return edited;
        }

        public Instant getUpdatedAt() {
            return updatedAt;
        }

        public List<String> getStillToComplete() {
            return stillToComplete;
        }

        public List<NoticeText.Block> getPreview() {
            return preview;
        }

        public boolean isConfirmingReset() {
            return confirmingReset;
        }
    }

    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        for (NoticeKind kind : NoticeKind.values()) {
            Draft draft = new Draft(kind);
            draft.load(editor.shown(kind));
            drafts.put(kind.key(), draft);
        }
    }

    public Draft draft(String key) {
        return drafts.get(key);
    }

    public void save(String key) {
        Draft draft = draft(key);
        try {
            boolean changed = editor.save(draft.kind, draft.text);
            draft.load(editor.shown(draft.kind));
            messages.info(changed ? "Saved. The " + name(draft) + " on your site shows your text now."
                    : "Nothing changed: the " + name(draft) + " already says this.");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, key);
        }
    }

    /** Shows what the typed text will look like, without saving it. */
    public void preview(String key) {
        Draft draft = draft(key);
        List<org.wayfinder.platform.spi.FieldError> problems = editor.problemsWith(draft.kind, draft.text);
        if (!problems.isEmpty()) {
            messages.show(new InvalidInputException(problems), key);
            return;
        }
        draft.preview = NoticeText.parse(draft.text);
    }

    public void askToReset(String key) {
        draft(key).confirmingReset = true;
    }

    public void keep(String key) {
        draft(key).confirmingReset = false;
    }

    public void reset(String key) {
        Draft draft = draft(key);
        boolean removed = editor.reset(draft.kind);
        draft.load(editor.shown(draft.kind));
        messages.info(removed ? "The " + name(draft) + " is the template again. The audit trail keeps the first 4,000 characters of your text."
                : "The " + name(draft) + " was already the template.");
    }

    public List<Draft> getDrafts() {
        return List.copyOf(drafts.values());
    }

    private static String name(Draft draft) {
        return draft.getTitle().toLowerCase(Locale.ROOT);
    }
}
