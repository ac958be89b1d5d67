#!/usr/bin/env bash
# Builds the Linux app-image of EMIS Workbench with its own trimmed Java runtime (jlink + jpackage),
# smoke-starts it headless (the CLI's --version, an import, a school listing, and the window under
# xvfb-run when installed), then packages it as a .deb with a menu entry.
# Usage: installer/build-linux.sh [--no-deb]
#   output: target/installer/EMIS Workbench/ and target/installer/emis-workbench_VERSION_amd64.deb
# Needs a JDK 17 with jmods (Debian's openjdk-17-jdk has them; Temurin 25 here has none). The .deb
# also needs dpkg-deb and fakeroot: installed with apt-get when missing and running as root,
# otherwise the .deb is skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=yes
[[ "${1:-}" == "--no-deb" ]] && DEB=no
JDK="${JPACKAGE_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}"
[[ -x "$JDK/bin/jpackage" && -d "$JDK/jmods" ]] || { echo "need a JDK with jpackage and jmods: set JPACKAGE_JDK" >&2; exit 2; }
VERSION=$(mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null || true)
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+)*$ ]] || VERSION=$(sed -n 's:.*<version>\([0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
OUT=target/installer
APP="$OUT/EMIS Workbench"
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

# The JDK modules the classes use, from `jdeps --recursive -s` over the jars (installer/README.md):
# java.desktop (AWT for JFreeChart, OpenPDF, ImageIO), java.sql + java.naming + java.transaction.xa
# (H2's data source), java.logging (Flyway), java.management (H2, emis bench), java.xml (POI, our
# reader), java.prefs (the window's settings), jdk.unsupported (JavaFX), jdk.localedata for French
# and jdk.charsets for the code pages of old .xls files. H2's optional features (Java triggers,
# scripting, instrumentation, TCP options) are never used here and their modules are left out.
MODULES=java.base,java.desktop,java.sql,java.naming,java.transaction.xa,java.logging,java.management,java.xml,java.prefs,jdk.unsupported,jdk.localedata,jdk.charsets,javafx.controls,javafx.swing
"$JDK/bin/jlink" --module-path "$OUT/fx" --add-modules "$MODULES" --output "$OUT/runtime" \
  --strip-debug --strip-native-commands --no-header-files --no-man-pages --compress=2 --include-locales=en,fr
# Debian's libraries keep their symbol tables (4 MB in libjvm.so alone); the runtime needs none.
if command -v strip >/dev/null 2>&1; then
  find "$OUT/runtime" -name '*.so' -exec strip --strip-unneeded {} +
fi

"$JDK/bin/jpackage" --type app-image --dest "$OUT" --name "EMIS Workbench" --app-version "$VERSION" \
  --vendor "EMIS Workbench project" --description "Annual school census: import, validate, report" \
  --input "$OUT/input" --main-jar "emis-workbench-$VERSION.jar" --main-class org.emisworkbench.Launcher \
  --runtime-image "$OUT/runtime" --icon installer/icon.png --java-options "-Xmx1g"
echo "app-image: $APP ($(du -sh "$APP" | cut -f1); runtime $(du -sh "$APP/lib/runtime" | cut -f1), jars $(du -sh "$APP/lib/app" | cut -f1))"

# Smoke start, headless: the CLI answers, and a sample return imports into a fresh workspace.
"$APP/bin/EMIS Workbench" --version
SMOKE=$(mktemp -d)
trap 'rm -rf "$SMOKE"' EXIT
"$APP/bin/EMIS Workbench" import --db "$SMOKE/smoke" sample-workbooks/2024/wide/D01-2024.xlsx | tail -1
"$APP/bin/EMIS Workbench" schools --db "$SMOKE/smoke" --year 2024 --format csv | head -2
# The window, on a virtual display, with a throw-away home (settings, recent list): it must log that it shows.
# grep -c reads all its input: with pipefail, grep -q could stop ldconfig with SIGPIPE and fail the test.
has_gtk3() { { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -c 'libgtk-3\.so\.0' >/dev/null; }
if command -v xvfb-run >/dev/null 2>&1 && has_gtk3; then
  mkdir -p "$SMOKE/home"
  # shellcheck disable=SC2016  # expanded by the inner shell
  if JAVA_TOOL_OPTIONS="-Duser.home=$SMOKE/home -Dorg.slf4j.simpleLogger.defaultLogLevel=info" \
      timeout 120 xvfb-run -a bash -c '"$0/bin/EMIS Workbench" 2>"$1/gui.log" & pid=$!
        for _ in $(seq 90); do grep -q "Window shown" "$1/gui.log" && break; kill -0 $pid 2>/dev/null || break; sleep 1; done
        kill $pid 2>/dev/null; wait $pid 2>/dev/null; grep -q "Window shown" "$1/gui.log"' "$APP" "$SMOKE"; then
    echo "window: $(grep -o 'Window shown.*' "$SMOKE/gui.log" | head -1)"
  else
    echo "the window did not start under xvfb-run:" >&2
    tail -20 "$SMOKE/gui.log" >&2
    exit 1
  fi
else
  echo "window check skipped: it needs xvfb-run and GTK 3 (libgtk-3-0), which JavaFX uses on Linux"
fi
echo "smoke start passed"

# The .deb: installs under /opt/emis-workbench with a menu entry in Education.
[[ "$DEB" == yes ]] || { echo "deb skipped (--no-deb)"; exit 0; }
if ! command -v dpkg-deb >/dev/null 2>&1 || ! command -v fakeroot >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq dpkg fakeroot >/dev/null) || true
  fi
fi
if ! command -v dpkg-deb >/dev/null 2>&1 || ! command -v fakeroot >/dev/null 2>&1; then
  echo "deb skipped: jpackage needs dpkg-deb and fakeroot (as root this script installs them with apt-get)"
  exit 0
fi
# JavaFX loads GTK 3 at run time, so no library scan finds it: name it (t64 on newer Ubuntu).
"$JDK/bin/jpackage" --type deb --dest "$OUT" --app-image "$APP" --name "EMIS Workbench" --app-version "$VERSION" \
  --vendor "EMIS Workbench project" --description "Annual school census: import, validate, report" \
  --linux-package-name emis-workbench --linux-deb-maintainer "emis-workbench@example.org" \
  --linux-shortcut --linux-menu-group Education --linux-app-category education \
  --linux-package-deps "libgtk-3-0 | libgtk-3-0t64" --icon installer/icon.png
DEBFILE=$(ls "$OUT"/emis-workbench_*.deb)
CONTENTS=$(dpkg-deb --contents "$DEBFILE")
grep -q '/lib/emis-workbench-.*\.desktop$' <<<"$CONTENTS" || { echo "the .deb has no menu entry" >&2; exit 1; }
echo "deb: $DEBFILE ($(du -h "$DEBFILE" | cut -f1), installed $(dpkg-deb -f "$DEBFILE" Installed-Size) KB)"
