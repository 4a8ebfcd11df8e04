package org.civicpatrol.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.json.CivicPatrolModule;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.RegistryGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The national registry (scale 1: 4,200 patrols, 2.0 million attendance records) written as JSON
 * and read back with personal data, by {@link CivicPatrolModule}. The setup checks once that what
 * is read back holds every entity of every kind, equal and in order, before anything is
 * measured: the round trip at national scale is checked here, not in the unit tests, which
 * round-trip a 400-patrol registry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class JsonBenchmark {

    /** Patrols in multiples of 4,200: 1 is Korea's national count. */
    @Param({"1"})
    public int scale;

    private final ObjectMapper mapper = new ObjectMapper().registerModule(CivicPatrolModule.withPersonalData());
    private Registry registry;
    private byte[] json;

    /**
     * Generates the registry, writes it, and checks that reading it back gives every entity.
     *
     * @throws IOException never: the JSON is in memory
     */
    @Setup
    public void generateAndCheck() throws IOException {
        registry = RegistryGenerator.withSeed(42)
                .patrols(4_200 * scale)
                .membersPerPatrol(24)
                .generate();
        json = mapper.writeValueAsBytes(registry);
        Registry read = mapper.readValue(json, Registry.class);
        for (Function<Registry, List<?>> kind : Fixtures.registryContents()) {
            if (!Objects.equals(kind.apply(read), kind.apply(registry))) {
                throw new IllegalStateException("the national registry does not round-trip");
            }
        }
        System.out.printf("national registry as JSON: %,d bytes%n", json.length);
    }

    /**
     * Writes the registry as JSON.
     *
     * @return the JSON
     * @throws IOException never: the JSON is in memory
     */
    @Benchmark
    public byte[] write() throws IOException {
        return mapper.writeValueAsBytes(registry);
    }

    /**
     * The floor of reading: Jackson's tokenizer walks the same JSON, building nothing.
     *
     * @return the number of tokens
     * @throws IOException never: the JSON is in memory
     */
    @Benchmark
    public long tokensBaseline() throws IOException {
        long tokens = 0;
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.getFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /**
     * Reads the registry back from JSON.
     *
     * @return the registry
     * @throws IOException never: the JSON is in memory
     */
    @Benchmark
    public Registry read() throws IOException {
        return mapper.readValue(json, Registry.class);
    }
}
