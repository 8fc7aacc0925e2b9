#!/bin/sh
# Cold start: a fresh JVM creating the federal engine and checking one school, RUNS times (10);
# prints each run, the load average before and after, and the medians of the time from JVM start
# to the first report, of the process wall and of each step (generate, engine, check).
# Usage: examples/bench/coldstart.sh [extra JVM flags]   (after ./mvnw -Pbench -pl examples/bench -am package -DskipTests)
# With class-data sharing: examples/bench/coldstart.sh -XX:SharedArchiveFile=target/app.jsa
#   (create the archive once with: java -XX:ArchiveClassesAtExit=target/app.jsa -cp target/benchmarks.jar org.nastavnik.bench.ColdStart)
set -eu
cd "$(dirname "$0")"
RUNS=${RUNS:-10}
load() {
  if [ -r /proc/loadavg ]; then cut -d' ' -f1-3 /proc/loadavg; else uptime | sed 's/.*load average[s]*: //'; fi
}
median() {
  sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
out=$(mktemp)
echo "load average before: $(load)"
i=0
while [ "$i" -lt "$RUNS" ]; do
  start=$(date +%s%N)
  java "$@" -cp target/benchmarks.jar org.nastavnik.bench.ColdStart 2>/dev/null | grep coldstart >"$out.line"
  end=$(date +%s%N)
  wall=$(( (end - start) / 1000000 ))
  echo "$wall $(cat "$out.line")" | tee -a "$out"
  i=$((i + 1))
done
echo "load average after: $(load)"
echo "median process wall (launch to exit): $(cut -d' ' -f1 "$out" | median) ms over $RUNS runs"
echo "median JVM start to first report: $(sed 's/.*sinceJvmStart=\([0-9]*\).*/\1/' "$out" | median) ms"
for step in generate engine check; do
  printf 'median %s: %s ms\n' "$step" "$(sed "s/.* $step=\([0-9]*\).*/\1/" "$out" | median)"
done
rm -f "$out" "$out.line"
