package org.wayfinder.platform.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.definition.Checked;
import org.wayfinder.platform.definition.DraftOutcome;
import org.wayfinder.platform.definition.Drafts;
import org.wayfinder.platform.definition.Problems;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.FieldError;
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
    ProgrammeCache cache;

    @Inject
    TenantContext tenantContext;

    @Inject
    Forms forms;

    @Inject
    PluginRegistry plugins;

    @Inject
    JourneyProgress progress;

    private final Drafts<JourneyDefinition> drafts = drafts(this::problemsWith);

    public Journeys() {
        super(Journey.class);
    }

    @Override
    protected String describe() {
        return "Journey";
    }

    /** How journeys are drafted and published, under the rules given (the journey engine's, with the programme's step types, forms and roles). */
    static Drafts<JourneyDefinition> drafts(Function<JourneyDefinition, List<FieldError>> rules) {
        return new Drafts<>(JourneyDefinition.class, JourneyDefinition::title, definition -> Problems.of(rules.apply(definition)));
    }

    /** The roles a journey can be made for: every member, moderators, and the roles plugins add. */
    public List<String> roles() {
        List<String> roles = new ArrayList<>(List.of(Roles.MEMBER, Roles.MODERATOR));
        plugins.roles().stream().map(PluginRole::id).forEach(roles::add);
        return roles;
    }

    /** Every journey, in one query (the draft itself is not read); step counts from the published journeys held in the cache. */
    public List<JourneySummary> summaries() {
        return em().createQuery("SELECT j.role, j.title, j.currentVersion, CASE WHEN j.draft IS NULL THEN 0 ELSE 1 END FROM Journey j"
                        + " ORDER BY j.role", Object[].class).getResultList().stream()
                .map(row -> new JourneySummary((String) row[0], (String) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue() == 1,
                        published((String) row[0]).map(d -> d.steps().size()).orElse(0)))
                .toList();
    }

    public Optional<Journey> byRole(String role) {
        return query("SELECT j FROM Journey j WHERE j.role = :role").setParameter("role", role).getResultStream().findFirst();
    }

    /** The journey people with the role follow now. */
    public Optional<JourneyDefinition> published(String role) {
        return cache.get(Cache.programme(tenantContext.tenantId()), "journey:" + role, () -> loadPublished(role));
    }

    private Optional<JourneyDefinition> loadPublished(String role) {
        return byRole(role).filter(Journey::isPublished)
                .flatMap(journey -> em().createQuery("SELECT v FROM JourneyVersion v WHERE v.journey = :journey AND v.number = :number",
                                JourneyVersion.class).setParameter("journey", journey).setParameter("number", journey.getCurrentVersion())
                        .getResultStream().findFirst())
                .map(drafts::definitionOf);
    }

    /** Every journey's published definition, by role, read in one query (a journey never published has none). */
    public List<JourneyDefinition> allPublished() {
        return cache.get(Cache.programme(tenantContext.tenantId()), "journeys", () -> em().createQuery(
                "SELECT v FROM JourneyVersion v JOIN FETCH v.journey j WHERE v.number = j.currentVersion ORDER BY j.role",
                        JourneyVersion.class).getResultList().stream().map(drafts::definitionOf).toList());
    }

    public Optional<JourneyDefinition> forEditing(String role) {
        return byRole(role).flatMap(journey -> drafts.draft(journey).or(() -> loadPublished(role)));
    }

    /**
     * Every step id any published version of the role's journey has used. Progress is kept by step
     * id, so a new step must never take one: people who did the old step would count as having done it.
     */
    public Set<String> stepIdsEverUsed(String role) {
        Set<String> ids = new HashSet<>();
        byRole(role).ifPresent(journey -> em().createQuery("SELECT v FROM JourneyVersion v WHERE v.journey = :journey",
                        JourneyVersion.class).setParameter("journey", journey).getResultStream()
                .forEach(version -> drafts.definitionOf(version).steps().forEach(step -> ids.add(step.id()))));
        return ids;
    }

    /**
     * The journey of a role as its editor changes it: the draft, the published version, or a new
     * journey with no steps yet. A new step never takes an id any version used.
     *
     * @throws RecordNotFoundException when the role cannot have a journey here
     */
    public JourneyDraft draftOf(String role) {
        if (role == null || !roles().contains(role)) {
            throw new RecordNotFoundException("Journey");
        }
        JourneyDefinition definition = forEditing(role).orElseGet(() -> new JourneyDefinition(role, defaultTitle(role), List.of()));
        return JourneyDraft.of(definition, stepIdsEverUsed(role));
    }

    static String defaultTitle(String role) {
        return "Getting started as " + (role.matches("^[aeiou].*") ? "an " : "a ") + role;
    }

    /** What is wrong with a journey's definition, by path; empty when it can be saved. */
    private List<FieldError> problemsWith(JourneyDefinition journey) {
        return JourneyEngine.problemsWith(journey, stepTypes::find, key -> forms.published(key).isPresent(), roles()::contains);
    }

    /** The definition an editor's draft makes, with everything wrong with it. */
    public Checked<JourneyDefinition> check(JourneyDraft draft) {
        JourneyDefinition definition = draft.toDefinition();
        return new Checked<>(definition, drafts.check(definition));
    }

    /** Saves an editor's draft, unless it has problems or is exactly the published version; new steps keep their ids. */
    @RequiresRole(Roles.OWNER)
    public DraftOutcome save(JourneyDraft draft) {
        Checked<JourneyDefinition> checked = check(draft);
        DraftOutcome outcome = drafts.save(checked, byRole(draft.getRole()), published(draft.getRole()), () -> newJourney(checked.definition()));
        keepIds(draft, outcome);
        return outcome;
    }

    /**
     * Saves an editor's draft and publishes it as the next version, unless it has problems or is
     * exactly the published version; everyone on the journey moves to their place in it.
     */
    @RequiresRole(Roles.OWNER)
    public DraftOutcome publish(JourneyDraft draft) {
        Checked<JourneyDefinition> checked = check(draft);
        DraftOutcome outcome = drafts.publish(checked, byRole(draft.getRole()), published(draft.getRole()),
                () -> newJourney(checked.definition()), journey -> publish(journey).getNumber());
        keepIds(draft, outcome);
        return outcome;
    }

    private static void keepIds(JourneyDraft draft, DraftOutcome outcome) {
        if (outcome.result() == DraftOutcome.Result.SAVED || outcome.result() == DraftOutcome.Result.PUBLISHED) {
            draft.keepIds();
        }
    }

    @RequiresRole(Roles.OWNER)
    public void saveDraft(JourneyDefinition journey) {
        drafts.check(journey).refuseIfAny();
        drafts.save(byRole(journey.role()).orElseGet(() -> newJourney(journey)), journey);
    }

    /** Publishes the draft as the next version and moves everyone on the journey to their place in it. */
    @RequiresRole(Roles.OWNER)
    public JourneyVersion publish(String role) {
        return publish(byRole(role).orElseThrow(() -> new RecordNotFoundException("Journey")));
    }

    private JourneyVersion publish(Journey journey) {
        JourneyVersion version = drafts.publish(journey, JourneyVersion::new);
        em().persist(version);
        em().flush();
        progress.replaceAll(journey.getRole(), drafts.definitionOf(version));
        return version;
    }

    private Journey newJourney(JourneyDefinition definition) {
        return add(new Journey(definition.role(), definition.title()));
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
        byRole(role).ifPresent(drafts::discard);
    }
}
