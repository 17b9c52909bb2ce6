package org.wayfinder.platform.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/** One published version of a journey, never changed after publishing. */
@Entity
@Table(name = "journey_version")
public class JourneyVersion extends TenantOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "journey_id", nullable = false)
    private Journey journey;

    @Column(nullable = false)
    private int number;

    @Lob
    @Column(name = "definition", nullable = false)
    private String definition;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected JourneyVersion() {
    }

    JourneyVersion(Journey journey, int number, String definition, Instant publishedAt) {
        this.journey = journey;
        this.number = number;
        this.definition = definition;
        this.publishedAt = publishedAt;
    }

    public Journey getJourney() {
        return journey;
    }

    public int getNumber() {
        return number;
    }

    String getDefinition() {
        return definition;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
