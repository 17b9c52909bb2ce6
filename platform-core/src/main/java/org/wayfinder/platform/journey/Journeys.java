package org.wayfinder.platform.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.json.Json;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.journey.JourneyDefinition;

/**
 * The programme's journeys, one per role: drafts owners edit and the versions they publish.
 * Publishing moves everyone on that journey to where they now stand in the new version.
 */
@ApplicationScoped
public class Journeys extends Repository<Journey> {

    @Inject
    StepTypes stepTypes;

    @Inject
    Forms forms;

    @Inject
    PluginRegistry plugins;

    @Inject
    JourneyProgress progress;

    public Journeys() {
        super(Journey.class);
    }

    @Override
    protected String describe() {
        return "Journey";
    }

    /** The roles a journey can be made for: every member, moderators, and the roles plugins add. */
    public List<String> roles() {
        List<String> roles = new ArrayList<>(List.of(Roles.MEMBER, Roles.MODERATOR));
        plugins.roles().stream().map(PluginRole::id).forEach(roles::add);
        return roles;
    }

    public List<JourneySummary> summaries() {
        return query("SELECT j FROM Journey j ORDER BY j.role").getResultList().stream()
                .map(journey -> new JourneySummary(journey.getRole(), journey.getTitle(), journey.getCurrentVersion(),
                        journey.hasDraft(), published(journey.getRole()).map(d -> d.steps().size()).orElse(0)))
                .toList();
    }

    public Optional<Journey> byRole(String role) {
        return query("SELECT j FROM Journey j WHERE j.role = :role").setParameter("role", role).getResultStream().findFirst();
    }

    /** The journey people with the role follow now. */
    public Optional<JourneyDefinition> published(String role) {
        return byRole(role).filter(journey -> journey.getCurrentVersion() > 0)
                .flatMap(journey -> em().createQuery("SELECT v FROM JourneyVersion v WHERE v.journey = :journey AND v.number = :number",
                                JourneyVersion.class).setParameter("journey", journey).setParameter("number", journey.getCurrentVersion())
                        .getResultStream().findFirst())
                .map(version -> Json.read(version.getDefinition(), JourneyDefinition.class));
    }

    /** Every journey's published definition, by role, read in one query (a journey never published has none). */
    public List<JourneyDefinition> allPublished() {
        return em().createQuery("SELECT v FROM JourneyVersion v JOIN FETCH v.journey j WHERE v.number = j.currentVersion ORDER BY j.role",
                        JourneyVersion.class).getResultList().stream()
                .map(version -> Json.read(version.getDefinition(), JourneyDefinition.class)).toList();
    }

    public Optional<JourneyDefinition> forEditing(String role) {
        return byRole(role).flatMap(journey -> journey.hasDraft()
                ? Optional.of(Json.read(journey.getDraft(), JourneyDefinition.class)) : published(role));
    }

    /**
     * Every step id any published version of the role's journey has used. Progress is kept by step
     * id, so a new step must never take one: people who did the old step would count as having done it.
     */
    public Set<String> stepIdsEverUsed(String role) {
        Set<String> ids = new HashSet<>();
        byRole(role).ifPresent(journey -> em().createQuery("SELECT v FROM JourneyVersion v WHERE v.journey = :journey",
                        JourneyVersion.class).setParameter("journey", journey).getResultStream()
                .forEach(version -> Json.read(version.getDefinition(), JourneyDefinition.class).steps()
                        .forEach(step -> ids.add(step.id()))));
        return ids;
    }

    /** What is wrong with a journey's definition, by path; empty when it can be saved. */
    public List<FieldError> problemsWith(JourneyDefinition journey) {
        return JourneyEngine.problemsWith(journey, stepTypes::find, key -> forms.published(key).isPresent(), roles()::contains);
    }

    @RequiresRole(Roles.OWNER)
    public void saveDraft(JourneyDefinition journey) {
        List<FieldError> problems = problemsWith(journey);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Journey saved = byRole(journey.role()).orElseGet(() -> add(new Journey(journey.role(), journey.title())));
        saved.setDraft(Json.write(journey));
    }

    /** Publishes the draft as the next version and moves everyone on the journey to their place in it. */
    @RequiresRole(Roles.OWNER)
    public void publish(String role) {
        Journey journey = byRole(role).orElseThrow(() -> new RecordNotFoundException("Journey"));
        if (!journey.hasDraft()) {
            throw new InvalidInputException("draft", "There are no changes to publish.");
        }
        JourneyDefinition definition = Json.read(journey.getDraft(), JourneyDefinition.class);
        List<FieldError> problems = problemsWith(definition);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        em().persist(new JourneyVersion(journey, journey.getCurrentVersion() + 1, journey.getDraft(), Instant.now()));
        journey.setCurrentVersion(journey.getCurrentVersion() + 1);
        journey.setTitle(definition.title());
        journey.setDraft(null);
        em().flush();
        progress.replaceAll(role, definition);
    }

    /** Makes the definition the published one, as an import does; nothing happens when it already is. */
    @RequiresRole(Roles.OWNER)
    public boolean publishDefinition(JourneyDefinition definition) {
        if (published(definition.role()).filter(current -> Objects.equals(current, definition)).isPresent()) {
            return false;
        }
        saveDraft(definition);
        publish(definition.role());
        return true;
    }

    @RequiresRole(Roles.OWNER)
    public void discardDraft(String role) {
        byRole(role).ifPresent(journey -> journey.setDraft(null));
    }
}
