package org.wayfinder.platform.definition;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.wayfinder.platform.definition.DraftOutcome.Result;
import org.wayfinder.platform.json.Json;
import org.wayfinder.platform.spi.InvalidInputException;

/**
 * How a kind of {@link VersionedDefinition} is drafted, checked and published, the same for forms
 * and journeys: a draft is stored only when it passes the kind's rules, publishing checks it again
 * and makes it the next {@link PublishedVersion}, and a draft that is exactly the published version
 * is dropped instead of stored. The kind's repository finds and persists the records; this class
 * decides what happens to them.
 *
 * <pre>{@code
 * private final Drafts<FormDefinition> drafts = new Drafts<>(FormDefinition.class, FormDefinition::title,
 *         definition -> Problems.of(engine().problemsWith(definition)));
 * }</pre>
 *
 * @param <T> the kind's definition, stored as JSON ({@code FormDefinition}, {@code JourneyDefinition})
 */
public final class Drafts<T> {

    /** Makes the kind's version record; the repository persists it. */
    @FunctionalInterface
    public interface NewVersion<D extends VersionedDefinition, V extends PublishedVersion> {
        V of(D definition, int number, String json, Instant publishedAt);
    }

    private final Class<T> type;
    private final Function<T, String> title;
    private final Function<T, Problems> rules;

    /**
     * @param type  the definition's class, to read it back from JSON
     * @param title the title a published definition gives its record
     * @param rules what is wrong with a definition; none when it can be saved and published
     */
    public Drafts(Class<T> type, Function<T, String> title, Function<T, Problems> rules) {
        this.type = type;
        this.title = title;
        this.rules = rules;
    }

    public Problems check(T definition) {
        return rules.apply(definition);
    }

    /** The stored draft, if there is one. */
    public Optional<T> draft(VersionedDefinition stored) {
        return stored.hasDraft() ? Optional.of(Json.read(stored.getDraft(), type)) : Optional.empty();
    }

    /** The definition a version published. */
    public T definitionOf(PublishedVersion version) {
        return Json.read(version.getDefinition(), type);
    }

    /**
     * Stores the definition as the draft.
     *
     * @throws InvalidInputException with the path of each problem
     */
    public void save(VersionedDefinition stored, T definition) {
        check(definition).refuseIfAny();
        stored.setDraft(Json.write(definition));
    }

    /**
     * Makes the stored draft the next version, checked again first (what it may name can have
     * changed since it was saved); the repository persists the version returned.
     *
     * @throws InvalidInputException at {@code draft} when there is no draft, or with each problem
     */
    public <D extends VersionedDefinition, V extends PublishedVersion> V publish(D stored, NewVersion<D, V> newVersion) {
        if (!stored.hasDraft()) {
            throw new InvalidInputException("draft", "There are no changes to publish.");
        }
        T definition = Json.read(stored.getDraft(), type);
        check(definition).refuseIfAny();
        V version = newVersion.of(stored, stored.getCurrentVersion() + 1, stored.getDraft(), Instant.now());
        stored.published(version.getNumber(), title.apply(definition));
        return version;
    }

    public void discard(VersionedDefinition stored) {
        stored.setDraft(null);
    }

    /**
     * The editor's save: a checked draft with problems is refused, one that is exactly the published
     * version drops the stored draft, anything else is stored (in a new record for a new definition).
     *
     * @param stored the record, if the definition has one yet
     * @param live   what is published now, if anything
     * @param add    adds the record of a new definition
     */
    public <D extends VersionedDefinition> DraftOutcome save(Checked<T> checked, Optional<D> stored, Optional<T> live, Supplier<D> add) {
        return saving(checked, stored, live, add).outcome();
    }

    /**
     * The editor's publish: as {@link #save}, then the saved draft is published by {@code publish},
     * which answers the new version's number.
     */
    public <D extends VersionedDefinition> DraftOutcome publish(Checked<T> checked, Optional<D> stored, Optional<T> live, Supplier<D> add,
            Function<D, Integer> publish) {
        Saving<D> saving = saving(checked, stored, live, add);
        if (saving.outcome().result() != Result.SAVED) {
            return saving.outcome();
        }
        return DraftOutcome.of(Result.PUBLISHED, publish.apply(saving.record()));
    }

    private record Saving<D>(DraftOutcome outcome, D record) {
    }

    private <D extends VersionedDefinition> Saving<D> saving(Checked<T> checked, Optional<D> stored, Optional<T> live, Supplier<D> add) {
        if (!checked.passed()) {
            return new Saving<>(DraftOutcome.refused(checked.problems()), null);
        }
        int published = stored.map(VersionedDefinition::getCurrentVersion).orElse(0);
        if (live.filter(current -> Objects.equals(current, checked.definition())).isPresent() && stored.isPresent()) {
            discard(stored.get());
            return new Saving<>(DraftOutcome.of(Result.UNCHANGED, published), stored.get());
        }
        D record = stored.orElseGet(add);
        save(record, checked.definition());
        return new Saving<>(DraftOutcome.of(Result.SAVED, published), record);
    }
}
