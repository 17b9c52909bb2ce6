package org.wayfinder.mentoring.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.wayfinder.platform.spi.matching.MatchOptimiser;

/**
 * How long the owner waits for a bulk proposal in a large programme: 10,000 mentees, 2,000 mentors
 * taking 1 to 5 mentees each (about 6,000 places), mentors sharing a career area only. The people are
 * made before the measurement; each measured run scores, optimises and explains the whole proposal.
 * Heap is capped so that a run that needed memory per pair would fail here. Figures and how to run it
 * are in docs/mentoring-matching.md; it is not a test, so {@code mvn verify} does not run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 2, jvmArgs = {"-Xms64m", "-Xmx64m"})
public class BulkMatchingBenchmark {

    private static final HardFilters SHARE_CAREER_AREA = new HardFilters(true, false);

    private List<MenteeProfile> mentees;
    private List<MentorProfile> mentors;
    private MatchScoring scoring;
    private int[] capacities;

    @Setup(Level.Trial)
    public void makeTheProgramme() {
        RandomProgramme programme = new RandomProgramme(2026);
        mentees = programme.mentees(10_000);
        mentors = programme.mentors(2_000);
        scoring = new MatchScoring(mentees, mentors, RandomProgramme.WEIGHTS, SHARE_CAREER_AREA);
        capacities = mentors.stream().mapToInt(MentorProfile::capacity).toArray();
    }

    /** The whole bulk proposal, as the owner gets it. */
    @Benchmark
    public BulkProposal propose() {
        return BulkMatcher.propose(mentees, mentors, RandomProgramme.WEIGHTS, SHARE_CAREER_AREA);
    }

    /** Only the optimiser, with the scoring already built. */
    @Benchmark
    public int[] optimise() {
        return MatchOptimiser.optimise(mentees.size(), capacities, scoring);
    }

    @TearDown(Level.Trial)
    public void reportPeakHeap() {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("%nPeak heap used (sum of the pools' peaks): %d MB of %d MB%n", peak >> 20, max >> 20);
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(BulkMatchingBenchmark.class.getName())
                .addProfiler(GCProfiler.class)
                .build()).run();
    }
}
