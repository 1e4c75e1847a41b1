package nl.regiograaf.server;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a start stands, for {@code /api/health} and the page's waiting screen: the HTTP port answers from the first
 * second, while Neo4j starts ({@code neo4j}) and the startup imports run ({@code import}). Every phase is logged with
 * its duration.
 */
public final class StartupState {

    public enum Phase { NEO4J, IMPORT, READY }

    private static final Logger LOG = LoggerFactory.getLogger(StartupState.class);

    /** The JVM's launch (not this object's creation): "after launch" in the log is what a user waits. */
    private final long startedNanos = System.nanoTime() - Math.max(0,
            System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) * 1_000_000;
    private final BooleanSupplier readyOverride;
    private volatile Phase phase = Phase.NEO4J;
    private volatile long phaseStartedNanos = startedNanos;
    private volatile String step = "";
    private volatile int stepNumber;
    private volatile int stepsTotal;

    private StartupState(BooleanSupplier readyOverride) {
        this.readyOverride = readyOverride;
    }

    /** A start that begins now, in phase {@code neo4j}. */
    public static StartupState starting() {
        return new StartupState(null);
    }

    /** Ready when {@code ready} says so (embedding code and tests that run their own bootstrap). */
    public static StartupState following(BooleanSupplier ready) {
        return new StartupState(ready);
    }

    public boolean ready() {
        return readyOverride != null ? readyOverride.getAsBoolean() : phase == Phase.READY;
    }

    public Phase phase() {
        if (readyOverride != null) {
            return readyOverride.getAsBoolean() ? Phase.READY : Phase.IMPORT;
        }
        return phase;
    }

    /** Ends the current phase (logged with its duration) and begins {@code next}. */
    public synchronized void enter(Phase next) {
        if (next == phase) {
            return;
        }
        long now = System.nanoTime();
        LOG.info("Start phase {} took {} ms", phase.name().toLowerCase(), (now - phaseStartedNanos) / 1_000_000);
        phase = next;
        phaseStartedNanos = now;
        step = "";
        stepNumber = 0;
        stepsTotal = 0;
        if (next == Phase.READY) {
            LOG.info("Ready {} ms after launch", millisSinceStart());
        }
    }

    /** The work of the current phase is {@code total} steps. */
    public void expectSteps(int total) {
        stepsTotal = total;
    }

    /** One step of the current phase begins. */
    public synchronized void step(String name) {
        step = name;
        stepNumber++;
    }

    public String currentStep() {
        return step;
    }

    /** The number (from 1) of the step under way; 0 before the first. */
    public int stepNumber() {
        return stepNumber;
    }

    public int stepsTotal() {
        return stepsTotal;
    }

    public long millisSinceStart() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
