package org.wayfinder.platform.spi.personal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a part of the platform holds about one person, for their rights over it (port): the core
 * and every plugin make a CDI bean of this interface for their own records. The core gathers all
 * of them when a person downloads what is held about them, and when an owner handles an erasure
 * request. Every call runs in the person's programme, whether or not the plugin is on there now:
 * records kept from before it was switched off are theirs too.
 *
 * <p>Erasing anonymises rather than deletes: the person's name and what they wrote go, the records
 * stay, so every count a report makes stays right and a safeguarding decision keeps its context
 * (who decided, when, why). A part that holds something which must not be erased yet (an open
 * safeguarding concern) says so in {@link #erasureBlockers}; the core erases nothing while any part
 * does.
 */
public interface PersonalData {

    /** What replaces a person's words when they are erased. */
    String ERASED_TEXT = "[removed at the person's request]";

    /** Where the records come from: a plugin's id, or {@code core} for the platform's own. */
    String source();

    /** The person's records, as tables: one per kind of record, none when there are none. */
    List<Table> about(String accountId);

    /** Why the person cannot be erased now, one sentence each; none when nothing stands in the way. */
    default List<String> erasureBlockers(String accountId) {
        return List.of();
    }

    /** Removes the person's words and anything else that identifies them from these records, keeping the records. */
    void erase(String accountId);

    /**
     * Records of one kind about the person.
     *
     * @param name    what they are, for a heading ("Messages you sent")
     * @param purpose why the programme holds them, in a sentence
     * @param columns the columns' headings
     * @param rows    one per record, each with a value per column (empty for none)
     */
    record Table(String name, String purpose, List<String> columns, List<List<String>> rows) {

        public Table {
            columns = List.copyOf(columns);
            List<List<String>> copied = new ArrayList<>();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(name + ": a row has " + row.size() + " values for " + columns.size() + " columns");
                }
                copied.add(row.stream().map(value -> value == null ? "" : value).toList());
            }
            rows = List.copyOf(copied);
        }

        /** A table of a query's results: each an {@code Object[]} of a row's values, or one value; each value as {@link #text}. */
        public static Table of(String name, String purpose, List<String> columns, List<?> results) {
            List<List<String>> rows = new ArrayList<>();
            for (Object result : results) {
                Object[] values = result instanceof Object[] many ? many : new Object[] {result};
                List<String> cells = new ArrayList<>();
                for (Object value : values) {
                    cells.add(text(value));
                }
                rows.add(cells);
            }
            return new Table(name, purpose, columns, rows);
        }
    }

    /** A value as a table shows it: empty for none. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Instant instant ? time(instant) : value.toString();
    }

    /** A moment on the UK's clock as people read it, with GMT or BST so that it is exact: {@code 6 Dec 2026, 18:05:53 GMT}. */
    static String time(Instant instant) {
        return instant == null ? "" : ZonedDateTime.ofInstant(instant, ZoneId.of("Europe/London")).format(UK_TIME);
    }

    /** How {@link #time} writes a moment. */
    DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss zzz", Locale.UK);
}
