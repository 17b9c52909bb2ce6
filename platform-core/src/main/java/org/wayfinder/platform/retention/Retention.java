package org.wayfinder.platform.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wayfinder.platform.audit.Actor;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tick;
import org.wayfinder.platform.spi.personal.PersonalData;
import org.wayfinder.platform.spi.retention.RetentionRule;
import org.wayfinder.platform.spi.retention.RetentionRule.Removal;

/**
 * A programme's retention: how long it keeps each kind of record ({@link RetentionRule}s from the
 * core and the plugins, each off until an owner sets its period), what the next run would remove,
 * and the run itself, at a {@link Tick} once a day.
 *
 * <p>Every instance of a cluster ticks, so a run claims each rule first with a conditional UPDATE of
 * its {@link RetentionPeriod} ({@code last_run_at} moved to now unless a run in the last day has
 * already moved it): a second instance's transaction waits for the first's row lock and then finds
 * nothing to claim. The claim, the removal, the record of what was removed and the audit entry are
 * one transaction, so a run that fails leaves the rule unclaimed for the next tick.
 */
@ApplicationScoped
@Transactional
public class Retention extends Repository<RetentionPeriod> {

    /** The audit trail's action for a run of one rule. */
    public static final String APPLIED = "retention.applied";

    /** The audit trail's action for an owner changing a period. */
    public static final String CHANGED = "retention.changed";

    /** A rule runs at most once in this long. */
    public static final Duration RUNS_EVERY = Duration.ofDays(1);

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** A rule as the owner's page shows it: its period (null: kept) and its last run. */
    public record Setting(String key, String label, String removes, String unit, int least, int most, Integer amount,
                          Instant lastRunAt, Instant lastCutoff, Integer lastRemoved, Integer lastSkipped) implements Serializable {

        public boolean on() {
            return amount != null;
        }
    }

    /**
     * What the next run of one rule would remove, as of {@code now}.
     *
     * @param removals the records, oldest first (at most {@link RetentionRule#MOST_PER_RUN}), skipped ones among them
     * @param more     whether more match than one run removes
     */
    public record Preview(String key, String label, Instant cutoff, String counted, int removing, int skipping, boolean more,
                          List<Removal> removals) implements Serializable {
    }

    /** What one run of one rule did. */
    public record Run(String key, Instant cutoff, List<String> listed, int removed, int skipped) {
    }

    @Inject
    @Any
    Instance<RetentionRule> rules;

    @Inject
    AuditEntries audit;

    @Inject
    ProgrammePlugins plugins;

    public Retention() {
        super(RetentionPeriod.class);
    }

    /** The cut-off of a period at {@code now}: on the UK's calendar, so "6 months" from 30 Sep is 30 Mar. */
    public static Instant cutoff(Instant now, int amount, RetentionRule.Unit unit) {
        ZonedDateTime uk = ZonedDateTime.ofInstant(now, UK);
        return (unit == RetentionRule.Unit.YEARS ? uk.minusYears(amount) : uk.minusMonths(amount)).toInstant();
    }

    /** Every rule, the core's first, then by key. */
    public List<RetentionRule> rules() {
        return rules.stream().sorted(Comparator.comparing((RetentionRule rule) -> !rule.key().startsWith("core."))
                .thenComparing(RetentionRule::key)).toList();
    }

    /**
     * The rules of the core and of the plugins switched on in the current programme, in the order of
     * {@link #rules}: a plugin that is off shows no rule and runs none (a period set while it was on
     * is kept for when it is on again).
     */
    public List<RetentionRule> rulesHere() {
        return rules().stream().filter(rule -> {
            String part = rule.key().substring(0, Math.max(0, rule.key().indexOf('.')));
            return part.equals("core") || plugins.isEnabled(part);
        }).toList();
    }

    /** Every rule with its period and last run, for the owner's page. */
    @RequiresRole(Roles.OWNER)
    public List<Setting> settings() {
        Map<String, RetentionPeriod> periods = periods();
        List<Setting> settings = new ArrayList<>();
        for (RetentionRule rule : rulesHere()) {
            RetentionPeriod period = periods.get(rule.key());
            RetentionRule.Unit unit = rule.unit();
            settings.add(period == null
                    ? new Setting(rule.key(), rule.label(), rule.removes(), unit.word(), unit.least(), unit.most(), null, null, null, null, null)
                    : new Setting(rule.key(), rule.label(), rule.removes(), unit.word(), unit.least(), unit.most(), period.getAmount(),
                    period.getLastRunAt(), period.getLastCutoff(), period.getLastRemoved(), period.getLastSkipped()));
        }
        return settings;
    }

    /**
     * Sets the periods as the owner typed them, by rule key: a whole number in the rule's unit and
     * bounds, or blank (or null) to keep the records; a rule not in {@code typed} keeps its period.
     * All or nothing; each change is in the audit trail.
     *
     * @return how many periods changed
     */
    @RequiresRole(Roles.OWNER)
    public int set(Map<String, String> typed) {
        List<FieldError> problems = problemsWith(typed);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, RetentionPeriod> periods = periods();
        int changed = 0;
        for (RetentionRule rule : rules()) {
            if (!typed.containsKey(rule.key())) {
                continue;
            }
            Integer amount = amount(typed.get(rule.key()));
            RetentionPeriod period = periods.get(rule.key());
            Integer before = period == null ? null : period.getAmount();
            if (Objects.equals(before, amount)) {
                continue;
            }
            if (period == null) {
                add(new RetentionPeriod(rule.key(), amount));
            } else {
                period.setAmount(amount);
            }
            audit.recordChange(CHANGED, "retention", rule.key(), describe(before, rule), describe(amount, rule));
            changed++;
        }
        return changed;
    }

    /** What is wrong with periods as typed, by rule key (the field); none when {@link #set} would take them. */
    public List<FieldError> problemsWith(Map<String, String> typed) {
        Map<String, RetentionRule> byKey = new HashMap<>();
        rules().forEach(rule -> byKey.put(rule.key(), rule));
        List<FieldError> problems = new ArrayList<>();
        for (String key : typed.keySet()) {
            if (!byKey.containsKey(key)) {
                problems.add(new FieldError(key, "There is no retention rule \"" + key + "\" on this platform."));
            }
        }
        for (RetentionRule rule : rules()) {
            String text = typed.get(rule.key());
            if (text == null || text.isBlank()) {
                continue;
            }
            RetentionRule.Unit unit = rule.unit();
            Integer amount = text.strip().matches("[0-9]{1,4}") ? Integer.valueOf(text.strip()) : null;
            if (amount == null || amount < unit.least() || amount > unit.most()) {
                problems.add(new FieldError(rule.key(), rule.label() + ": enter a whole number of " + unit.word() + " from " + unit.least()
                        + " to " + unit.most() + ", or leave it empty to keep them."));
            }
        }
        return problems;
    }

    /** What {@link #set} would change, one sentence each, for an import's dry run. */
    @RequiresRole(Roles.OWNER)
    public List<String> changesFrom(Map<String, String> typed) {
        Map<String, RetentionPeriod> periods = periods();
        List<String> changes = new ArrayList<>();
        for (RetentionRule rule : rules()) {
            if (typed.containsKey(rule.key())) {
                Integer amount = amount(typed.get(rule.key()));
                RetentionPeriod period = periods.get(rule.key());
                Integer before = period == null ? null : period.getAmount();
                if (!Objects.equals(before, amount)) {
                    changes.add("Retention: " + rule.label() + " changes from " + describe(before, rule) + " to " + describe(amount, rule) + ".");
                }
            }
        }
        return changes;
    }

    /** The periods set, by rule key, for the configuration export. */
    @RequiresRole({Roles.OWNER, Roles.OPERATOR})
    public Map<String, Integer> amounts() {
        Map<String, Integer> amounts = new java.util.TreeMap<>();
        periods().forEach((key, period) -> {
            if (period.getAmount() != null) {
                amounts.put(key, period.getAmount());
            }
        });
        return amounts;
    }

    private static Integer amount(String typed) {
        return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
    }

    /** What the next run would remove if it ran at {@code now}, for each rule that is set. */
    @RequiresRole(Roles.OWNER)
    public List<Preview> preview(Instant now) {
        Map<String, RetentionPeriod> periods = periods();
        List<Preview> previews = new ArrayList<>();
        for (RetentionRule rule : rulesHere()) {
            RetentionPeriod period = periods.get(rule.key());
            if (period != null && period.getAmount() != null) {
                Instant cutoff = cutoff(now, period.getAmount(), rule.unit());
                List<Removal> removals = rule.preview(cutoff, RetentionRule.MOST_PER_RUN + 1);
                boolean more = removals.size() > RetentionRule.MOST_PER_RUN;
                List<Removal> listed = more ? removals.subList(0, RetentionRule.MOST_PER_RUN) : removals;
                int skipping = (int) listed.stream().filter(Removal::skipped).count();
                previews.add(new Preview(rule.key(), rule.label(), cutoff, rule.counted(listed.size() - skipping), listed.size() - skipping,
                        skipping, more, List.copyOf(listed)));
            }
        }
        return previews;
    }

    void onTick(@Observes Tick tick) {
        run(tick.at());
    }

    /**
     * The scheduled run at {@code now} (the {@link Tick}'s time; pages never call it): each rule that
     * is set and that no run has claimed in the last {@link #RUNS_EVERY} removes what its preview at
     * the cut-off lists, and says so in the audit trail.
     *
     * @return what each rule claimed by this call did; none when another run had claimed them
     */
    public List<Run> run(Instant now) {
        Map<String, RetentionPeriod> periods = periods();
        // The plugins' rules before the core's: erasing an inactive person also blanks their words, which would otherwise
        // take lines and messages from under the plugins' rules and make their counts differ from their previews.
        List<RetentionRule> ordered = new ArrayList<>(rulesHere());
        ordered.sort(Comparator.comparing((RetentionRule rule) -> rule.key().startsWith("core.")).thenComparing(RetentionRule::key));
        List<Run> runs = new ArrayList<>();
        for (RetentionRule rule : ordered) {
            RetentionPeriod period = periods.get(rule.key());
            if (period == null || period.getAmount() == null || !claim(period, now)) {
                continue;
            }
            Instant cutoff = cutoff(now, period.getAmount(), rule.unit());
            List<Removal> removals = rule.preview(cutoff, RetentionRule.MOST_PER_RUN);
            List<String> listed = removals.stream().filter(removal -> !removal.skipped()).map(Removal::id).toList();
            int skipped = removals.size() - listed.size();
            int removed = listed.isEmpty() ? 0 : rule.apply(cutoff, listed);
            em().createQuery("UPDATE RetentionPeriod p SET p.lastCutoff = :cutoff, p.lastRemoved = :removed, p.lastSkipped = :skipped"
                            + " WHERE p.id = :id")
                    .setParameter("cutoff", cutoff).setParameter("removed", removed).setParameter("skipped", skipped)
                    .setParameter("id", period.getId()).executeUpdate();
            audit.recordAs(Actor.platform(), APPLIED, "retention", rule.key(), "removed " + removed + (skipped > 0 ? ", skipped " + skipped : "")
                    + ": " + rule.counted(removed) + " " + PersonalData.time(cutoff) + " (" + period.getAmount() + " " + rule.unit().word() + ")");
            runs.add(new Run(rule.key(), cutoff, listed, removed, skipped));
        }
        return runs;
    }

    /** Moves the rule's last run to now unless a run (another instance's tick) has done so in the last day. */
    private boolean claim(RetentionPeriod period, Instant now) {
        return em().createQuery("UPDATE RetentionPeriod p SET p.lastRunAt = :now, p.version = p.version + 1"
                        + " WHERE p.id = :id AND p.amount IS NOT NULL AND (p.lastRunAt IS NULL OR p.lastRunAt <= :due)")
                .setParameter("now", now).setParameter("id", period.getId()).setParameter("due", now.minus(RUNS_EVERY))
                .executeUpdate() == 1;
    }

    private Map<String, RetentionPeriod> periods() {
        Map<String, RetentionPeriod> periods = new HashMap<>();
        for (RetentionPeriod period : query("SELECT p FROM RetentionPeriod p").getResultList()) {
            periods.put(period.getRuleKey(), period);
        }
        return periods;
    }

    private static String describe(Integer amount, RetentionRule rule) {
        return amount == null ? "kept" : amount + " " + rule.unit().word();
    }
}
