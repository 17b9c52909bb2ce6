package org.wayfinder.testplugin.notes;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FieldWidget;
import org.wayfinder.platform.spi.form.FormField;

/** A question type a plugin adds: the topic a note is filed under, with the options the plugin provides. */
@ApplicationScoped
public class NoteTopicField implements FieldType {

    @Override
    public String id() {
        return "notes-topic";
    }

    @Override
    public String label() {
        return "Note topic";
    }

    @Override
    public FieldWidget widget() {
        return FieldWidget.SELECT;
    }

    @Override
    public ValueKind kind() {
        return ValueKind.OPTIONS;
    }

    @Override
    public List<FieldOption> options(FormField field) {
        return List.of(new FieldOption("general", "General"), new FieldOption("careers", "Careers"));
    }

    @Override
    public boolean ownOptions() {
        return false;
    }
}
