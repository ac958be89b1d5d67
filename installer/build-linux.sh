#!/usr/bin/env bash
# Builds the Linux app-image of EMIS Workbench with its own trimmed Java runtime (jpackage + jlink),
# then smoke-starts it: the CLI's --version and one import of a sample workbook, headless.
# Usage: installer/build-linux.sh            (output: target/installer/EMIS Workbench/)
# Needs a JDK 17 with jmods (Debian's openjdk-17-jdk has them; Temurin 25 here has none).
set -euo pipefail
cd "$(dirname "$0")/.."
JDK="${JPACKAGE_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}"
[[ -x "$JDK/bin/jpackage" && -d "$JDK/jmods" ]] || { echo "need a JDK with jpackage and jmods: set JPACKAGE_JDK" >&2; exit 2; }
VERSION=$(mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null || true)
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+)*$ ]] || VERSION=$(sed -n 's:.*<version>\([0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
OUT=target/installer
rm -rf "$OUT" && mkdir -p "$OUT/libs" "$OUT/input" "$OUT/fx"

mvn -q -B package -DskipTests
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$OUT/libs"
for jar in "$OUT"/libs/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-linux.jar) cp "$jar" "$OUT/fx/" ;;  # the platform jars are the JavaFX modules
    javafx-*) ;;                                 # the empty non-classified ones are left out
    *) cp "$jar" "$OUT/input/" ;;
  esac
done
cp "target/emis-workbench-$VERSION.jar" "$OUT/input/"

# The JDK modules the workbench uses (POI, H2, Flyway, JFreeChart, OpenPDF, JavaFX, preferences),
# French and English locale data, nothing else: the runtime stays small.
MODULES=java.base,java.desktop,java.sql,java.naming,java.transaction.xa,java.logging,java.management,java.xml,java.prefs,java.scripting,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,javafx.controls,javafx.swing

"$JDK/bin/jpackage" --type app-image --dest "$OUT" --name "EMIS Workbench" --app-version "$VERSION" \
  --vendor "EMIS Workbench project" --description "Annual school census: import, validate, report" \
  --input "$OUT/input" --main-jar "emis-workbench-$VERSION.jar" --main-class org.emisworkbench.Launcher \
  --module-path "$OUT/fx" --add-modules "$MODULES" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=en,fr" \
  --icon installer/icon.png --java-options "-Xmx1g"

APP="$OUT/EMIS Workbench"
echo "app-image: $APP ($(du -sh "$APP" | cut -f1))"

# Smoke start, headless: the CLI answers, and a sample return imports into a fresh workspace.
"$APP/bin/EMIS Workbench" --version
SMOKE=$(mktemp -d)
"$APP/bin/EMIS Workbench" import --db "$SMOKE/smoke" sample-workbooks/2024/wide/D01-2024.xlsx | tail -1
"$APP/bin/EMIS Workbench" schools --db "$SMOKE/smoke" --year 2024 --format csv | head -2
rm -rf "$SMOKE"
echo "smoke start passed"
