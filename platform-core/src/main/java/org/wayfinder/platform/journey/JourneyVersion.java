package org.wayfinder.platform.journey;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.definition.PublishedVersion;

/** One published version of a journey, never changed after publishing. */
@Entity
@Table(name = "journey_version")
public class JourneyVersion extends PublishedVersion {

    @ManyToOne(optional = false)
    @JoinColumn(name = "journey_id", nullable = false)
    private Journey journey;

    protected JourneyVersion() {
    }

    JourneyVersion(Journey journey, int number, String definition, Instant publishedAt) {
        super(number, definition, publishedAt);
        this.journey = journey;
    }

    public Journey getJourney() {
        return journey;
    }
}
