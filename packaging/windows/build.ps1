<#
.SYNOPSIS
  Build the Humas Desktop Windows installer: PyInstaller bundle, smoke test, Inno Setup.

.DESCRIPTION
  Run from any folder on a 64-bit Windows 10/11 build machine with Python 3.11+ (python.org or
  the `py` launcher) and Inno Setup 6.3 or newer. Output:
    build\bundle\humas-desktop\          the program folder (HumasDesktop.exe, humas-desktop.exe)
    build\installer\HumasDesktop-Setup-<version>.exe
  See docs\packaging.md.

.PARAMETER Iscc
  Path to ISCC.exe. Default: found on PATH or in the usual Inno Setup 6 folders.

.PARAMETER SignCommand
  Optional code-signing command with $f where the file name goes, for example
  'signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f'.
  Signs both executables before packing and, through Inno Setup, Setup and the uninstaller.

.PARAMETER SkipBundle
  Reuse an existing build\bundle (only run Inno Setup).
#>
[CmdletBinding()]
param(
    [string]$Iscc = "",
    [string]$SignCommand = "",
    [switch]$SkipBundle
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Venv = Join-Path $Root ".venv"
$Python = Join-Path $Venv "Scripts\python.exe"
$Dist = Join-Path $Root "build\bundle"
$Bundle = Join-Path $Dist "humas-desktop"
$OutDir = Join-Path $Root "build\installer"
$Spec = Join-Path $Root "packaging\pyinstaller\humas-desktop.spec"
$Iss = Join-Path $PSScriptRoot "installer.iss"

function Invoke-Checked {
    # Run a program; stop the build when it fails (PowerShell does not do this for .exe files).
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Find-Python {
    foreach ($candidate in @(@("py", "-3.13"), @("py", "-3.12"), @("py", "-3.11"), @("python"))) {
        $exe = $candidate[0]
        $rest = @($candidate | Select-Object -Skip 1)
        if (Get-Command $exe -ErrorAction SilentlyContinue) {
            & $exe @rest -c "import sys; sys.exit(sys.version_info < (3, 11))" 2>$null
            if ($LASTEXITCODE -eq 0) { return ,$candidate }
        }
    }
    throw "Python 3.11 or newer is required (install it from python.org)."
}

function Find-Iscc {
    if ($Iscc) { return $Iscc }
    $onPath = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    foreach ($dir in @("${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6",
                       "$env:LOCALAPPDATA\Programs\Inno Setup 6")) {
        $exe = Join-Path $dir "ISCC.exe"
        if (Test-Path $exe) { return $exe }
    }
    throw "ISCC.exe not found: install Inno Setup 6.3+ (https://jrsoftware.org/isdl.php) or pass -Iscc."
}

function Get-IndonesianIsl([string]$IsccExe) {
    # Indonesian is one of Inno Setup's contributed ("unofficial") translations: the Inno Setup
    # installer does not put it in compiler:Languages. Use a local copy when there is one,
    # otherwise fetch it once from the Inno Setup source repository, matching the compiler version.
    $isccDir = Split-Path $IsccExe
    foreach ($path in @((Join-Path $isccDir "Languages\Indonesian.isl"),
                        (Join-Path $isccDir "Languages\Unofficial\Indonesian.isl"),
                        (Join-Path $OutDir "Indonesian.isl"))) {
        if (Test-Path $path) { return $path }
    }
    New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
    $target = Join-Path $OutDir "Indonesian.isl"
    $version = (Get-Item $IsccExe).VersionInfo.ProductVersion -replace '[^0-9.]', ''
    $refs = @("is-" + ($version.Trim('.') -replace '\.', '_'), "main")
    foreach ($ref in $refs) {
        $url = "https://raw.githubusercontent.com/jrsoftware/issrc/$ref/Files/Languages/Unofficial/Indonesian.isl"
        try {
            Invoke-WebRequest -Uri $url -OutFile $target -UseBasicParsing
            Write-Host "Indonesian.isl fetched from $url"
            return $target
        } catch {
            Write-Host "Not found at $url"
        }
    }
    throw "Indonesian.isl not available: download it from the Inno Setup translations page and save it as $target"
}

function Invoke-Sign([string]$File) {
    if (-not $SignCommand) { return }
    $command = $SignCommand.Replace('$f', '"' + $File + '"')
    Write-Host "Signing $File"
    & cmd.exe /c $command
    if ($LASTEXITCODE -ne 0) { throw "signing $File failed" }
}

Set-Location $Root

# --- 1. Python environment with PyInstaller ---------------------------------------------------
if (-not (Test-Path $Python)) {
    $py = Find-Python
    $pyExe = $py[0]
    $pyArgs = @($py | Select-Object -Skip 1) + @("-m", "venv", $Venv)
    Invoke-Checked $pyExe $pyArgs
}
Invoke-Checked $Python @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $Python @("-m", "pip", "install", "--quiet", "-e", ".[packaging]")
& $Python -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) {
    # pyproject.toml without the `packaging` extra (pip only warns): install PyInstaller directly.
    Invoke-Checked $Python @("-m", "pip", "install", "--quiet", "pyinstaller")
}
# The CLI's JSON goes through a pipe: have Python write UTF-8 and PowerShell read UTF-8.
$env:PYTHONUTF8 = "1"
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding($false)
Invoke-Checked $Python @("-m", "humas_desktop.build_translations")
$Version = (& $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
Write-Host "Humas Desktop $Version"

# --- 2. PyInstaller bundle ---------------------------------------------------------------------
if (-not $SkipBundle) {
    Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", $Dist, "--workpath", (Join-Path $Root "build\pyinstaller-work"), $Spec)
}
$Gui = Join-Path $Bundle "HumasDesktop.exe"
$Cli = Join-Path $Bundle "humas-desktop.exe"
foreach ($exe in @($Gui, $Cli)) { if (-not (Test-Path $exe)) { throw "$exe was not built" } }

# --- 3. Smoke test the bundle away from the checkout -----------------------------------------
$Work = Join-Path ([System.IO.Path]::GetTempPath()) ("humas-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $Work | Out-Null
$savedQpa = $env:QT_QPA_PLATFORM
try {
    Push-Location $Work
    Remove-Item Env:HUMAS_RESOURCES_DIR, Env:HUMAS_DATA_DIR -ErrorAction SilentlyContinue
    $out = (& $Cli --version | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or $out -ne "humas-desktop $Version") { throw "--version printed '$out'" }
    $sample = Join-Path $Work "contoh.txt"
    [System.IO.File]::WriteAllText($sample,
        "Bupati Meresmikan Jembatan`n`nBupati meresmikan jembatan pada hari senin , dan mengucapkan terimakasih atas pemerdayaan warga.`n",
        (New-Object System.Text.UTF8Encoding($false)))
    $findings = (& $Cli check --format json $sample | Out-String) | ConvertFrom-Json
    if ($LASTEXITCODE -ne 0) { throw "check failed" }
    $rules = @($findings | ForEach-Object { $_.rule })
    foreach ($want in @("spelling.typo", "kapital.hari-bulan")) {
        if ($rules -notcontains $want) { throw "check did not report $want (got: $($rules -join ', '))" }
    }
    $data = Join-Path $Work "data"
    $id = (& $Cli --data-dir $data import $sample | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or -not $id) { throw "import failed" }
    $listed = (& $Cli --data-dir $data list --json | Out-String) | ConvertFrom-Json
    if (@($listed).Count -ne 1 -or $listed[0].id -ne $id) { throw "list did not show the imported release" }
    Invoke-Checked $Cli @("--data-dir", $data, "export", $id, "--format", "docx", "--out", (Join-Path $Work "siaran.docx"))
    $env:QT_QPA_PLATFORM = "offscreen"
    $gui = Start-Process -FilePath $Gui -ArgumentList @("--data-dir", "`"$data`"", "--exit-after-start") -Wait -PassThru
    if ($gui.ExitCode -ne 0) { throw "HumasDesktop.exe --exit-after-start exited with $($gui.ExitCode)" }
    Write-Host "Smoke test passed: version, check, import, list, export, GUI start."
} finally {
    $env:QT_QPA_PLATFORM = $savedQpa
    Pop-Location
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}

# --- 4. Sign the executables, then build the installer ---------------------------------------
Invoke-Sign $Gui
Invoke-Sign $Cli

$IsccExe = Find-Iscc
$IndonesianIsl = Get-IndonesianIsl $IsccExe
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$isccArgs = @(
    "/Qp",
    "/DAppVersion=$Version",
    "/DBundleDir=$Bundle",
    "/DIndonesianIsl=$IndonesianIsl",
    "/DRepoRoot=$Root",
    "/O$OutDir"
)
if ($SignCommand) {
    $isccArgs += "/DSignTool"
    $isccArgs += "/Shumassign=$SignCommand"
}
$isccArgs += $Iss
Invoke-Checked $IsccExe $isccArgs

$Setup = Join-Path $OutDir "HumasDesktop-Setup-$Version.exe"
if (-not (Test-Path $Setup)) { throw "$Setup was not written" }
$sizeMb = [math]::Round((Get-Item $Setup).Length / 1MB, 1)
Write-Host "Installer: $Setup ($sizeMb MB)"
