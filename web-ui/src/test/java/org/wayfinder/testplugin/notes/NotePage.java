package org.wayfinder.testplugin.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named
@RequestScoped
public class NotePage {

    @Inject
    Notes notes;

    private String id;
    private Note note;

    /** Looks the note up; another tenant's id is not found, and the page answers 404. */
    public void load() {
        note = notes.get(id);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Note getNote() {
        return note;
    }
}
