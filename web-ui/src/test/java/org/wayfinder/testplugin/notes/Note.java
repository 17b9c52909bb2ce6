package org.wayfinder.testplugin.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

@Entity
@Table(name = "note")
public class Note extends TenantOwned {

    @Column(nullable = false, length = 5000)
    private String text;

    @Column(name = "author_id", nullable = false, length = 36)
    private String authorId;

    protected Note() {
    }

    public Note(String text, String authorId) {
        this.text = text;
        this.authorId = authorId;
    }

    public String getText() {
        return text;
    }

    public String getAuthorId() {
        return authorId;
    }
}
