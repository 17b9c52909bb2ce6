package org.wayfinder.testplugin.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;

@ApplicationScoped
public class Notes extends Repository<Note> {

    @Inject
    CurrentUser currentUser;

    @Inject
    PluginActivations plugins;

    public Notes() {
        super(Note.class);
    }

    @Override
    protected String describe() {
        return "Note";
    }

    @RequiresRole({NotesPlugin.NOTE_TAKER, Roles.OWNER})
    public Note write(String text) {
        int longest = plugins.settings(NotesPlugin.ID).integer("max-length");
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Write something.");
        }
        if (text.length() > longest) {
            throw new InvalidInputException("text", "A note can be at most " + longest + " characters.");
        }
        return add(new Note(text.strip(), currentUser.require().accountId()));
    }

    public List<Note> newestFirst() {
        return query("SELECT n FROM Note n ORDER BY n.createdAt DESC").setMaxResults(100).getResultList();
    }
}
