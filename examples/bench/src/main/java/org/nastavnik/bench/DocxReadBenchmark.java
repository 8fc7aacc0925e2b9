package org.nastavnik.bench;

import java.util.concurrent.TimeUnit;
import org.nastavnik.examples.demo.Seed;
import org.nastavnik.examples.demo.SeedDocuments;
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
 * documents are written once, before measuring, from the bundled seeds.
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

    /** The seed. */
    @Param({"DONETSK", "TASHTAGOL", "SASOVO", "BELGOROD", "SOCHI"})
    public String seed;

    private byte[] docx;
    private ReadOptions options;

    /** Writes the seed as a .docx. */
    @Setup
    public void setUp() {
        Seed s = Seed.valueOf(seed);
        docx = SeedDocuments.docx(s.text());
        options = ReadOptions.of(s.roadmapId());
    }

    /** @return the roadmap read from the .docx */
    @Benchmark
    public ImportResult readDocx() throws ImportException {
        return RoadmapReader.read(docx, options);
    }
}
