# Builds the Windows installer of EMIS Workbench (.msi by default, or .exe) with its own trimmed Java
# runtime (jlink + jpackage), after smoke-starting the app-image: --version and an import, headless.
#
# Usage, from any folder:
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Type msi|exe|app-image] [-Jdk C:\path\to\jdk-17]
# Output: target\installer\EMIS Workbench\ (the app-image) and target\installer\EMIS Workbench-VERSION.msi
#
# Needs, on Windows 10/11 x64: a JDK 17 with jmods and jpackage (Temurin 17 or Microsoft Build of
# OpenJDK 17 have them; -Jdk, else JPACKAGE_JDK, else JAVA_HOME), Maven on PATH, and for msi/exe the
# WiX Toolset 3.x (candle.exe and light.exe on PATH): jpackage 17 does not know WiX 4 or later.
# Not run on the project's Linux build machine: see installer/README.md.
param(
    [ValidateSet('msi', 'exe', 'app-image')][string]$Type = 'msi',
    [string]$Jdk = $(if ($env:JPACKAGE_JDK) { $env:JPACKAGE_JDK } else { $env:JAVA_HOME })
)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

$jpackage = Join-Path $Jdk 'bin\jpackage.exe'
$jlink = Join-Path $Jdk 'bin\jlink.exe'
if (-not $Jdk -or -not (Test-Path $jpackage) -or -not (Test-Path (Join-Path $Jdk 'jmods'))) {
    throw 'Need a JDK 17 with jpackage and jmods: pass -Jdk or set JPACKAGE_JDK'
}
if ($Type -ne 'app-image' -and -not (Get-Command light.exe -ErrorAction SilentlyContinue)) {
    throw 'The WiX Toolset 3.x (candle.exe, light.exe) must be on PATH for msi and exe'
}

$version = (& mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout) | Select-Object -Last 1
if ($version -notmatch '^\d+(\.\d+)*$') { $version = ([xml](Get-Content pom.xml)).project.version }
$out = 'target\installer'
$app = Join-Path $out 'EMIS Workbench'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\libs", "$out\input", "$out\fx" | Out-Null

Invoke-Checked 'mvn package' { mvn -q -B package -DskipTests }
# javafx.platform=win picks the Windows JavaFX jars (the openjfx poms choose them by OS otherwise too).
Invoke-Checked 'mvn copy-dependencies' {
    mvn -q -B dependency:copy-dependencies -DincludeScope=runtime "-DoutputDirectory=$out\libs" '-Djavafx.platform=win'
}
foreach ($jar in Get-ChildItem "$out\libs\*.jar") {
    if ($jar.Name -like 'javafx-*-win.jar') { Copy-Item $jar.FullName "$out\fx\" }      # the JavaFX modules
    elseif ($jar.Name -like 'javafx-*') { }                                             # empty non-classified jars
    else { Copy-Item $jar.FullName "$out\input\" }
}
if (-not (Get-ChildItem "$out\fx\*.jar")) { throw 'No javafx-*-win.jar among the dependencies' }
Copy-Item "target\emis-workbench-$version.jar" "$out\input\"

# The same modules as installer/build-linux.sh (see installer/README.md for why each is there).
$modules = 'java.base,java.desktop,java.sql,java.naming,java.transaction.xa,java.logging,java.management,' +
        'java.xml,java.prefs,jdk.unsupported,jdk.localedata,jdk.charsets,javafx.controls,javafx.swing'
Invoke-Checked 'jlink' {
    & $jlink --module-path "$out\fx" --add-modules $modules --output "$out\runtime" --strip-debug `
        --strip-native-commands --no-header-files --no-man-pages --compress=2 --include-locales=en,fr
}

# Two launchers: "EMIS Workbench.exe" opens the window; "emis.exe" is the console command line.
$common = @('--name', 'EMIS Workbench', '--app-version', $version, '--vendor', 'EMIS Workbench project',
    '--description', 'Annual school census: import, validate, report')
Invoke-Checked 'jpackage app-image' {
    & $jpackage --type app-image --dest $out @common --input "$out\input" `
        --main-jar "emis-workbench-$version.jar" --main-class org.emisworkbench.Launcher `
        --runtime-image "$out\runtime" --icon installer\icon.ico --java-options '-Xmx1g' `
        --add-launcher 'emis=installer\windows\emis-console.properties'
}
$size = (Get-ChildItem -Recurse -File $app | Measure-Object -Sum Length).Sum / 1MB
Write-Host ('app-image: {0} ({1:N0} MB)' -f $app, $size)

# Smoke start: the console launcher answers and a sample return imports into a fresh workspace.
$emis = Join-Path $app 'emis.exe'
Invoke-Checked 'emis --version' { & $emis --version }
$smoke = Join-Path ([IO.Path]::GetTempPath()) ("emis-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $smoke | Out-Null
try {
    Invoke-Checked 'emis import' { & $emis import --db "$smoke\smoke" 'sample-workbooks\2024\wide\D01-2024.xlsx' }
    Invoke-Checked 'emis schools' { & $emis schools --db "$smoke\smoke" --year 2024 --format csv | Select-Object -First 2 }
} finally {
    Remove-Item -Recurse -Force $smoke
}
Write-Host 'smoke start passed'
if ($Type -eq 'app-image') { return }

# The installer: per-user (no administrator rights needed), Start menu group and desktop shortcut;
# the fixed upgrade code lets a newer version replace an older one.
Invoke-Checked "jpackage $Type" {
    & $jpackage --type $Type --dest $out @common --app-image $app --icon installer\icon.ico `
        --win-per-user-install --win-dir-chooser --win-menu --win-menu-group 'EMIS Workbench' --win-shortcut `
        --win-upgrade-uuid '6f1b3c2e-4d5a-4e8b-9c7d-2a1f0e3b5c4d'
}
Get-ChildItem "$out\*.$Type" | ForEach-Object { Write-Host ('{0}: {1} ({2:N0} MB)' -f $Type, $_.FullName, ($_.Length / 1MB)) }
