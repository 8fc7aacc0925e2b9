#!/usr/bin/env bash
# Builds this example pack as a region would in its own repository: in a separate temporary
# directory, OFFLINE, with nastavnik-pack-parent as its only parent (no relativePath), then loads
# the jar with `check --pack` and previews it with `plan` on the demo snapshot.
#
# Nothing is installed into the shared local repository (~/.m2): the project's own artifacts
# (nastavnik-parent, -bom, -pack-parent, -core, -rules) go into a private repository in the temporary
# directory, and every third-party artifact (Drools, the plugins) is read from ~/.m2/repository as a
# read-only tail (Maven 3.9's maven.repo.local.tail), so the build needs what the project's own build
# already fetched and nothing else.
#
# Needs: core/target, rules/target and examples/target/nastavnik.jar built first, e.g.
#   ./mvnw -B -q -DskipTests package
# Usage: examples/region-pack-example/build-offline.sh [work-dir]   (prints the pack jar's path last)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d -t nastavnik-pack.XXXXXX)}
v=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pack-parent/pom.xml" | head -1)
repo="$work/repo"
tail="${NASTAVNIK_M2_TAIL:-$HOME/.m2/repository}"

seed() { # artifactId file extension
  local dir="$repo/org/nastavnik/$1/$v"
  mkdir -p "$dir"
  cp "$2" "$dir/$1-$v.$3"
}
for f in "$root/core/target/nastavnik-core-$v.jar" "$root/rules/target/nastavnik-rules-$v.jar"; do
  [ -f "$f" ] || { echo "build-offline: $f is missing; run ./mvnw -B -q -DskipTests package first" >&2; exit 2; }
done
seed nastavnik-parent "$root/pom.xml" pom
seed nastavnik-bom "$root/bom/pom.xml" pom
seed nastavnik-pack-parent "$root/pack-parent/pom.xml" pom
seed nastavnik-core "$root/core/pom.xml" pom
seed nastavnik-core "$root/core/target/nastavnik-core-$v.jar" jar
seed nastavnik-rules "$root/rules/pom.xml" pom
seed nastavnik-rules "$root/rules/target/nastavnik-rules-$v.jar" jar

pack="$work/pack"
rm -rf "$pack"
mkdir -p "$pack"
cp -r "$root/examples/region-pack-example/src" "$pack/src"
sed 's:<relativePath>.*</relativePath>:<relativePath/>:' "$root/examples/region-pack-example/pom.xml" > "$pack/pom.xml"
cp -r "$root/.mvn" "$pack/.mvn"
cp "$root/mvnw" "$pack/mvnw"

(cd "$pack" && ./mvnw -B -q -o -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail" package)
jar=$(ls "$pack"/target/nastavnik-region-example-*.jar)
echo "$jar"
