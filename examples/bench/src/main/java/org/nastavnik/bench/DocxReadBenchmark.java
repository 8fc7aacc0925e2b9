package org.nastavnik.bench;

import java.util.concurrent.TimeUnit;
import org.nastavnik.bench.fixtures.SeedDocuments;
import org.nastavnik.roadmap.ImportException;
import org.nastavnik.roadmap.ImportResult;
import org.nastavnik.roadmap.ReadOptions;
import org.nastavnik.roadmap.RoadmapReader;
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
 * Issue 16: reading each seed as a .docx in a warm JVM (target under 1 s each): the Word package
 * opened with Apache POI, laid out as text and read into a roadmap with its findings. The
 * documents are written once, before measuring, from the five seeds ({@link SeedDocuments}, in the
 * rules test jar).
 *
 * <pre>java -jar examples/bench/target/benchmarks.jar DocxReadBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class DocxReadBenchmark {

    /** The seed's number, 000 to 004. */
    @Param({"000", "001", "002", "003", "004"})
    public String seed;

    private byte[] docx;
    private ReadOptions options;

    /** Writes the seed as a .docx. */
    @Setup
    public void setUp() {
        String file = SeedDocuments.SEEDS.stream().filter(f -> f.startsWith(seed + "_")).findFirst().orElseThrow();
        docx = SeedDocuments.docx(SeedDocuments.text(file));
        options = ReadOptions.of("seed-" + seed);
    }

    /** @return the roadmap read from the .docx */
    @Benchmark
    public ImportResult readDocx() throws ImportException {
        return RoadmapReader.read(docx, options);
    }
}
