; Inno Setup 6.3+ script for Humas Desktop. Built by packaging/windows/build.ps1, which passes:
;   /DAppVersion=<version from pyproject.toml>
;   /DBundleDir=<PyInstaller output folder holding HumasDesktop.exe, humas-desktop.exe, _internal\>
;   /DIndonesianIsl=<path to Inno Setup's Indonesian.isl translation>
;   /DRepoRoot=<checkout root, for LICENSE and NOTICE>
; Output: HumasDesktop-Setup-<version>.exe in the folder given by /O (build.ps1: build\installer).
;
; What it does (see docs/packaging.md):
; - installs for the current user without administrator rights ({autopf} = %LOCALAPPDATA%\Programs);
;   an administrator may choose "all users" in the first dialog or with /ALLUSERS;
; - Start-menu shortcut, desktop shortcut as a ticked option;
; - registers no file types: .json and .docx keep opening in the programs they open in today;
; - the uninstaller removes the program folder only. The archive (press releases, photos,
;   backups) lives in the user's data folder %LOCALAPPDATA%\HumasDesktop, which this script
;   never touches, and the user is told so.

#ifndef AppVersion
  #error Pass /DAppVersion=x.y.z (build.ps1 does this)
#endif
#ifndef BundleDir
  #error Pass /DBundleDir=<PyInstaller output folder> (build.ps1 does this)
#endif
#ifndef IndonesianIsl
  #error Pass /DIndonesianIsl=<path to Indonesian.isl> (build.ps1 does this)
#endif
#ifndef RepoRoot
  #define RepoRoot "..\.."
#endif

#define AppName "Humas Desktop"
#define GuiExe "HumasDesktop.exe"
#define CliExe "humas-desktop.exe"
; platformdirs.user_data_dir("HumasDesktop", appauthor=False) on Windows (humas_desktop/archive/paths.py)
#define DataFolder "{localappdata}\HumasDesktop"

[Setup]
; AppId identifies the program across versions (upgrades, uninstall entry). Never change it.
AppId={{8002AC53-72E3-4041-A665-7C283521C2D3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Humas Desktop contributors
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
; Per-user install by default, no UAC prompt; the dialog lets an administrator install for all.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
; PySide6 6.x runs on 64-bit Windows 10 or newer only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; No file associations of any kind.
ChangesAssociations=no
ChangesEnvironment=no
; Close a running Humas Desktop before replacing its files; do not restart it behind the user.
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
SetupIconFile=humas.ico
WizardStyle=modern
ShowLanguageDialog=auto
OutputBaseFilename=HumasDesktop-Setup-{#AppVersion}
; The two executables carry the same embedded Python archive: a solid LZMA2 stream with a
; dictionary larger than one exe stores the second copy almost for free.
Compression=lzma2/max
SolidCompression=yes
LZMADictionarySize=65536
; Code signing (docs/packaging.md): build.ps1 -SignCommand defines SignTool and passes
; /Shumassign=<command>, so Setup and the uninstaller are signed too.
#ifdef SignTool
SignTool=humassign
SignedUninstaller=yes
#endif

[Languages]
; Indonesian first: it is the default when Windows runs in Indonesian, and the dialog offers both.
Name: "id"; MessagesFile: "{#IndonesianIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DataKeptFinish=Arsip siaran pers Anda disimpan di:%n%1%n%nFolder itu tidak ikut terhapus bila Humas Desktop dicopot (uninstall) atau dipasang ulang.
en.DataKeptFinish=Your press-release archive is kept in:%n%1%n%nThat folder is not deleted when Humas Desktop is uninstalled or reinstalled.
id.DataKeptUninstall=Arsip siaran pers Anda TIDAK dihapus. Arsip tetap tersimpan di:%n%1%n%nBila Humas Desktop dipasang lagi, arsip ini langsung terbuka kembali. Hapus folder itu sendiri hanya bila Anda yakin tidak membutuhkannya lagi.
en.DataKeptUninstall=Your press-release archive has NOT been deleted. It is still in:%n%1%n%nIf Humas Desktop is installed again, it opens this archive again. Delete that folder yourself only if you are sure you no longer need it.
id.HumasDesktopIcon=Buat pintasan di &Desktop
en.HumasDesktopIcon=Create a &desktop shortcut
id.HumasShortcuts=Pintasan:
en.HumasShortcuts=Shortcuts:

[Tasks]
; Ticked by default: most users start the program from the desktop.
Name: "desktopicon"; Description: "{cm:HumasDesktopIcon}"; GroupDescription: "{cm:HumasShortcuts}"

[InstallDelete]
; An upgrade replaces the whole bundle so no file of an older version lingers beside the new one.
; ({app} holds program files only; the user's data is elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The two executables first and next to each other (see LZMADictionarySize above).
Source: "{#BundleDir}\{#GuiExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#RepoRoot}\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "{#RepoRoot}\NOTICE"; DestDir: "{app}"; DestName: "NOTICE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Registry] entries: the uninstaller removes exactly what [Files]
; and [Icons] installed. The data folder {#DataFolder} is never listed anywhere above.

[Code]
function DataFolderPath(): String;
begin
  Result := ExpandConstant('{#DataFolder}');
end;

procedure CurPageChanged(CurPageID: Integer);
begin
  { The finish page says where the archive lives and that uninstalling keeps it. }
  if CurPageID = wpFinished then
  begin
    WizardForm.FinishedLabel.Caption := WizardForm.FinishedLabel.Caption + #13#10#13#10 +
      FmtMessage(CustomMessage('DataKeptFinish'), [DataFolderPath()]);
    { The label keeps the height Inno gave it for the standard text (the rest would be cut
      off): grow it to fit, then move the "start now" box below it. }
    WizardForm.FinishedLabel.AdjustHeight;
    WizardForm.RunList.Top := WizardForm.FinishedLabel.Top + WizardForm.FinishedLabel.Height +
      ScaleY(12);
    WizardForm.RunList.Height := WizardForm.FinishedPage.ClientHeight - WizardForm.RunList.Top;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { After removing the program, tell the user the archive is still there (unless silent). }
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent()) and
     DirExists(DataFolderPath()) then
    MsgBox(FmtMessage(CustomMessage('DataKeptUninstall'), [DataFolderPath()]),
      mbInformation, MB_OK);
end;
