#!/bin/sh
# Every measurement of docs/performance.md, in one go (about 40 minutes on 2 cores). Build first,
# from clean (kie-maven-plugin leaves the generated classes of earlier builds behind otherwise):
#   ./mvnw -B -Pbench -pl examples/bench -am clean package -DskipTests
# Results go to examples/bench/target/results/. Never run this while other builds load the machine.
set -eu
cd "$(dirname "$0")"
R=target/results
mkdir -p "$R"
JAR=target/benchmarks.jar
PAR="-Xmx4g -Xms4g -XX:+UseParallelGC"
G1="-Xmx4g -Xms4g -XX:+UseG1GC"
{ uptime; nproc; free -m; java -version 2>&1; } > "$R/machine.txt"

# 1. full checks, engine vs baseline: region with 3 forks (a JVM's JIT decisions move a run by
#    10-20 %), school and municipality with 1; then region under G1
java -jar $JAR CheckBenchmark -p organizations=1000 -wi 3 -w 2 -i 5 -r 2 -f 3 -jvmArgsAppend "$PAR" -rf json -rff "$R/check-parallel.json" | tee "$R/check-parallel.txt"
java -jar $JAR CheckBenchmark -p organizations=1,50 -wi 3 -w 2 -i 5 -r 2 -f 1 -jvmArgsAppend "$PAR" -rf json -rff "$R/check-small.json" | tee "$R/check-small.txt"
java -jar $JAR CheckBenchmark -p organizations=1000 -wi 3 -w 2 -i 5 -r 2 -f 1 -jvmArgsAppend "$G1" -rf json -rff "$R/check-g1.json" | tee "$R/check-g1.txt"

# 1b. the same by hand: median wall and thread-CPU times, growth from 1 to 1000 organizations,
#     and the region twice more in fresh JVMs
java $PAR -cp $JAR org.nastavnik.bench.CheckTimes 15 1 10 50 100 1000 2>/dev/null | tee "$R/times-parallel.txt"
for i in 2 3; do java $PAR -cp $JAR org.nastavnik.bench.CheckTimes 15 1000 2>/dev/null | tee -a "$R/times-parallel.txt"; done
java $G1 -cp $JAR org.nastavnik.bench.CheckTimes 15 1000 2>/dev/null | tee "$R/times-g1.txt"

# 1c. the whole catalogue by hand: the engine on the 20 planted rules and the whole federal
#     catalogue, each alternated with the plain-Java baseline of the 20 (CatalogueBaseline)
java $PAR -cp $JAR org.nastavnik.bench.CatalogueTimes 15 100 1000 2>/dev/null | tee "$R/catalogue-times.txt"

# 2. incremental: one change to a live session, sampled, at 10, 100 and 1000 organizations (the
#    same change of the first organization at each size); then by hand, the three sizes'
#    sessions alternated change by change, with the growth of the median from 1x to 100x; then
#    the Train Benchmark's phases (read, check, transformation, recheck; inject and repair, and
#    the batch variant), 5 runs per size
java -jar $JAR IncrementalBenchmark -wi 2 -w 2 -i 4 -r 2 -f 1 -jvmArgsAppend "$PAR" -rf json -rff "$R/incremental.json" | tee "$R/incremental.txt"
java $PAR -cp $JAR org.nastavnik.bench.IncrementalGrowth 20000 20000 10 100 1000 2>/dev/null | tee "$R/incremental-growth.txt"
java $PAR -cp $JAR org.nastavnik.bench.TrainPhases 5 5 1 10 100 1000 2>/dev/null | tee "$R/train-phases.txt"

# 3. cold start: 10 fresh JVMs, then with an AppCDS archive
./coldstart.sh -XX:TieredStopAtLevel=1 -XX:+UseSerialGC > "$R/coldstart-c1-serial.txt"
RUNS=15 ./coldstart.sh > "$R/coldstart-default.txt"
java -XX:ArchiveClassesAtExit=target/app.jsa -cp $JAR org.nastavnik.bench.ColdStart > /dev/null 2>&1
./coldstart.sh -XX:SharedArchiveFile=target/app.jsa > "$R/coldstart-appcds.txt"
./coldstart.sh -XX:SharedArchiveFile=target/app.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC > "$R/coldstart-appcds-c1-serial.txt"

# 4. memory: retained heap of a live session per 10k mentorships
java $PAR -cp $JAR org.nastavnik.bench.MemoryProbe 1000 2>/dev/null | tee "$R/memory.txt"

# 5. country: 1x, 10x, 100x organizations in partitions on every core, 4 GB heap
for n in 400 4000 40000; do
  java $PAR -cp $JAR org.nastavnik.bench.CountryRun $n 2>/dev/null | tee "$R/country-$n.txt"
done
java $G1 -cp $JAR org.nastavnik.bench.CountryRun 4000 2>/dev/null | tee "$R/country-4000-g1.txt"
uptime >> "$R/machine.txt"
