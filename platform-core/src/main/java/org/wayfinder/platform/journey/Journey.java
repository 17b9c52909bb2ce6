package org.wayfinder.platform.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.definition.VersionedDefinition;

/** The journey of one role: the number of its published version and the draft an owner is editing. */
@Entity
@Table(name = "journey")
public class Journey extends VersionedDefinition {

    @Column(nullable = false, length = 64)
    private String role;

    protected Journey() {
    }

    Journey(String role, String title) {
        super(title);
        this.role = role;
    }

    public String getRole() {
        return role;
    }
}
