; Inno Setup script for BienBan on Windows (https://jrsoftware.org/isinfo.php).
; Build the bundle first on Windows (py scripts\bootstrap.py setup --extras bundle, then
; .venv\Scripts\python.exe scripts\build_bundle.py), then compile this file:
;   iscc installer\bienban.iss         -> dist\BienBan-setup.exe
; It installs for the current user only (no administrator rights), adds a Start-menu
; entry, and leaves the data where BienBan keeps it: %LOCALAPPDATA%\BienBan (the
; database, its backups and profiles), which uninstalling does not remove. No file type is
; associated: BienBan's databases are ordinary .sqlite3 files other programs open too.

#define AppName "BienBan"
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1D1B7E-2B55-4F0B-9C1E-5A0B1E2D7F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=BienBan
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=BienBan-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\BienBan.exe

[Languages]
; Inno Setup ships no Vietnamese messages: put a downloaded Vietnamese.isl beside this file
; and add   Name: "vi"; MessagesFile: "Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\BienBan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\BienBan.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\BienBan.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
