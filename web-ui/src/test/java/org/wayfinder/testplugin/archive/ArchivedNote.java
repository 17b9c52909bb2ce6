package org.wayfinder.testplugin.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;
import org.wayfinder.testplugin.notes.Note;

@Entity
@Table(name = "archived_note")
public class ArchivedNote extends TenantOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "note_id", nullable = false)
    private Note note;

    @Column(nullable = false, length = 200)
    private String reason;

    protected ArchivedNote() {
    }

    public ArchivedNote(Note note, String reason) {
        this.note = note;
        this.reason = reason;
    }

    public Note getNote() {
        return note;
    }

    public String getReason() {
        return reason;
    }
}
