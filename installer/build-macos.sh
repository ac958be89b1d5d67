#!/usr/bin/env bash
# Builds the macOS disk image of EMIS Workbench (.dmg) with its own trimmed Java runtime (jlink +
# jpackage), after smoke-starting the app bundle: --version and an import, headless.
# Usage: installer/build-macos.sh [--app-image-only]
#   output: target/installer/EMIS Workbench.app and target/installer/EMIS Workbench-VERSION.dmg
# Needs, on the Mac it builds for (Intel or Apple silicon: the JavaFX jars and the runtime are those of
# the machine): a JDK 17 with jmods and jpackage (Temurin 17 has them; JPACKAGE_JDK, else
# /usr/libexec/java_home -v 17) and Maven. The image is not signed: the first start needs right-click,
# Open (or codesign/notarize it with your Apple developer identity, --mac-sign).
# Not run on the project's Linux build machine: see installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DMG=yes
[[ "${1:-}" == "--app-image-only" ]] && DMG=no
JDK="${JPACKAGE_JDK:-$(/usr/libexec/java_home -v 17 2>/dev/null || true)}"
[[ -n "$JDK" && -x "$JDK/bin/jpackage" && -d "$JDK/jmods" ]] || { echo "need a JDK 17 with jpackage and jmods: set JPACKAGE_JDK" >&2; exit 2; }
VERSION=$(mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null || true)
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+)*$ ]] || VERSION=$(sed -n 's:.*<version>\([0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
OUT=target/installer
APP="$OUT/EMIS Workbench.app"
rm -rf "$OUT" && mkdir -p "$OUT/libs" "$OUT/input" "$OUT/fx"

# The openjfx poms pick the JavaFX jars of this Mac: classifier mac (Intel) or mac-aarch64 (Apple silicon).
PLATFORM=mac
[[ "$(uname -m)" == "arm64" ]] && PLATFORM=mac-aarch64
mvn -q -B package -DskipTests
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$OUT/libs" -Djavafx.platform="$PLATFORM"
for jar in "$OUT"/libs/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-"$PLATFORM".jar) cp "$jar" "$OUT/fx/" ;;  # the platform jars are the JavaFX modules
    javafx-*) ;;                                       # the empty non-classified ones are left out
    *) cp "$jar" "$OUT/input/" ;;
  esac
done
ls "$OUT"/fx/javafx-*.jar >/dev/null 2>&1 || { echo "no javafx-*-$PLATFORM.jar among the dependencies" >&2; exit 1; }
cp "target/emis-workbench-$VERSION.jar" "$OUT/input/"

# The same modules as installer/build-linux.sh (see installer/README.md for why each is there). No
# native strip here: the JDK's libraries are code-signed and stripping would break the signatures.
MODULES=java.base,java.desktop,java.sql,java.naming,java.transaction.xa,java.logging,java.management,java.xml,java.prefs,jdk.unsupported,jdk.localedata,jdk.charsets,javafx.controls,javafx.swing
"$JDK/bin/jlink" --module-path "$OUT/fx" --add-modules "$MODULES" --output "$OUT/runtime" \
  --strip-debug --strip-native-commands --no-header-files --no-man-pages --compress=2 --include-locales=en,fr

COMMON=(--name "EMIS Workbench" --app-version "$VERSION" --vendor "EMIS Workbench project"
  --description "Annual school census: import, validate, report")
"$JDK/bin/jpackage" --type app-image --dest "$OUT" "${COMMON[@]}" \
  --input "$OUT/input" --main-jar "emis-workbench-$VERSION.jar" --main-class org.emisworkbench.Launcher \
  --runtime-image "$OUT/runtime" --icon installer/icon.icns --java-options "-Xmx1g" \
  --mac-package-name "EMIS Workbench" --mac-package-identifier org.emisworkbench.app
echo "app-image: $APP ($(du -sh "$APP" | cut -f1))"

# Smoke start, headless: the CLI answers, and a sample return imports into a fresh workspace.
EMIS="$APP/Contents/MacOS/EMIS Workbench"
"$EMIS" --version
SMOKE=$(mktemp -d)
trap 'rm -rf "$SMOKE"' EXIT
"$EMIS" import --db "$SMOKE/smoke" sample-workbooks/2024/wide/D01-2024.xlsx | tail -1
"$EMIS" schools --db "$SMOKE/smoke" --year 2024 --format csv | head -2
echo "smoke start passed"
[[ "$DMG" == yes ]] || exit 0

"$JDK/bin/jpackage" --type dmg --dest "$OUT" "${COMMON[@]}" --app-image "$APP" --icon installer/icon.icns \
  --mac-package-name "EMIS Workbench" --mac-package-identifier org.emisworkbench.app
ls "$OUT"/*.dmg | while read -r f; do echo "dmg: $f ($(du -h "$f" | cut -f1))"; done
