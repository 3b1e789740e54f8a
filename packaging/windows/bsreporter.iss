; Inno Setup script for the Windows installer of bsreporter.
; Build on Windows after `sh packaging/build.sh` (or the same PyInstaller command in PowerShell):
;   iscc /DAppVersion=0.1.0 packaging\windows\bsreporter.iss
; The version is passed in from the package metadata (pyproject.toml), its one source.
; Per-user install: no administrator rights, everything under the user's profile.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\bsreporter.iss
#endif

[Setup]
AppId={{6F0C2B7E-4C1D-4E5B-9B7A-2B1A5D0C9E11}
AppName=bsreporter
AppVersion={#AppVersion}
AppPublisher=bsreporter
DefaultDirName={userpf}\bsreporter
DefaultGroupName=bsreporter
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=bsreporter-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\bsreporter.ico
UninstallDisplayIcon={app}\bsreporter.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"

[Files]
Source: "..\..\dist\bsreporter\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\bsreporter"; Filename: "{app}\bsreporter.exe"
Name: "{userdesktop}\bsreporter"; Filename: "{app}\bsreporter.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; Double-clicking a .bsr file opens it in bsreporter (per user, HKCU).
Root: HKCU; Subkey: "Software\Classes\.bsr"; ValueType: string; ValueData: "bsreporter.Report"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\bsreporter.Report"; ValueType: string; ValueData: "bsreporter national report"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\bsreporter.Report\DefaultIcon"; ValueType: string; ValueData: "{app}\bsreporter.exe,0"
Root: HKCU; Subkey: "Software\Classes\bsreporter.Report\shell\open\command"; ValueType: string; ValueData: """{app}\bsreporter.exe"" ""%1"""

[Run]
Filename: "{app}\bsreporter.exe"; Description: "{cm:LaunchProgram,bsreporter}"; Flags: nowait postinstall skipifsilent
