package org.wayfinder.zone.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/** A category moderators tag questions with; each programme keeps its own list. Retired ones stay on old questions. */
@Entity
@Table(name = "zone_category")
public class Category extends TenantOwned {

    @Column(nullable = false, length = 60)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    protected Category() {
    }

    public Category(String name, int position) {
        this.name = name;
        this.position = position;
    }

    void rename(String name) {
        this.name = name;
    }

    void retire(boolean retired) {
        this.retired = retired;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public boolean isRetired() {
        return retired;
    }
}
