package org.wayfinder.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} fields as SQL timestamps. JPA 3.1 (EclipseLink 4) does not know Instant
 * and would otherwise serialise it into a byte array; this makes every Instant attribute a real
 * {@code datetime(6)}/{@code timestamp(6)} column that SQL can compare and aggregate.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
