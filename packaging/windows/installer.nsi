; KI-Widerspruch setup.exe (NSIS 3, amd64-unicode), written by make-installers.sh:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DSTAGE=... -DOUTFILE=...
;            -DICON=... -DFILES_INSTALL=... -DFILES_UNINSTALL=... -DSIZE_KB=...
;            -DMSI_UPGRADE_CODE=... installer.nsi
; FILES_INSTALL / FILES_UNINSTALL are generated from the staged program on each build (no
; hand-kept list). The user's record and evidence are never part of them.
;
; Two ways to install (the install mode):
;   for all users  C:\Program Files\KI-Widerspruch, Start menu of all users, HKLM
;   only for me    %LOCALAPPDATA%\Programs\KI-Widerspruch, own Start menu, HKCU; needs no
;                  administrator rights and shows no UAC prompt
; RequestExecutionLevel highest: a user without administrator rights runs the installer as
; they are (no prompt) and gets "only for me"; an administrator is asked by UAC once and gets
; "for all users" preselected, with a page to choose "only for me" instead.
;
; Switches (for IT departments, see README):
;   /S              silent
;   /AllUsers       for all users (needs administrator rights; exit code 740 without them)
;   /CurrentUser    only for the user who runs it
;   /D=PATH         install folder; NSIS's own switch, must come last, no quotes
; Uninstaller (uninstall.exe in the install folder):
;   /S              silent
;   /RemoveUserData also delete the user's record, evidence and remembered entries
;   /AllUsers, /CurrentUser as above (normally found from the install folder)
; Exit codes are NSIS's: 0 done, 1 cancelled by the user, 2 stopped (an error, or the
; program was still running), 740 for-all-users without administrator rights.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true
ManifestSupportedOS all
RequestExecutionLevel highest

!macro REQUIRE NAME
  !ifndef ${NAME}
    !error "makensis needs -D${NAME}=... (see make-installers.sh)"
  !endif
!macroend
!insertmacro REQUIRE VERSION
!insertmacro REQUIRE VERSION4
!insertmacro REQUIRE OUTFILE
!insertmacro REQUIRE ICON
!insertmacro REQUIRE FILES_INSTALL
!insertmacro REQUIRE FILES_UNINSTALL
!insertmacro REQUIRE SIZE_KB
!insertmacro REQUIRE MSI_UPGRADE_CODE

!define APP_NAME "KI-Widerspruch"
!define APP_EXE "ki-widerspruch.exe"
!define CLI_EXE "ki-widerspruch-cli.exe"
!define PUBLISHER "KI-Widerspruch"
!define HOMEPAGE "https://github.com/ki-widerspruch/ki-widerspruch"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KI-Widerspruch"
!define APPPATHS_KEY "Software\Microsoft\Windows\CurrentVersion\App Paths\${APP_EXE}"
!define PROGID "KIWiderspruch.Profile"
!define SHORTCUT "KI-Widerspruch.lnk"
; Where the program keeps the user's data (QStandardPaths, organisation KI-Widerspruch,
; application ki-widerspruch): the record (records.sqlite) and evidence (attachments\) in
; the local profile, profiles it keeps and older records.json in the roaming one, the
; remembered entries (QSettings) in the registry.
!define DATA_SUBDIR "KI-Widerspruch\ki-widerspruch"
!define SETTINGS_KEY "Software\KI-Widerspruch\ki-widerspruch"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh
!include WinMessages.nsh

Var Mode            ; AllUsers or CurrentUser
Var IsAdmin         ; 1 when the process has administrator rights
Var ModeGiven       ; 1 when /AllUsers or /CurrentUser was on the command line
Var CmdInstDir      ; /D=... (NSIS sets $INSTDIR from it before .onInit)
Var RadioAll
Var RadioUser
Var RemoveUserData  ; uninstaller: 1 = also delete the user's data
Var RemoveCheckbox
Var DataLocal
Var DataRoaming

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING

Page custom ModePageShow ModePageLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchProgram
!insertmacro MUI_PAGE_FINISH

UninstPage custom un.DataPageShow un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; German first: it is taken when Windows' display language is none of the two.
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString ModeTitle ${LANG_GERMAN} "Für wen installieren?"
LangString ModeTitle ${LANG_ENGLISH} "Install for whom?"
LangString ModeSubtitle ${LANG_GERMAN} "Für alle Benutzer dieses Computers oder nur für Sie."
LangString ModeSubtitle ${LANG_ENGLISH} "For all users of this computer or only for you."
LangString ModeText ${LANG_GERMAN} "KI-Widerspruch kann für alle Benutzer dieses Computers installiert werden (Ordner „Programme“) oder nur für Sie (in Ihrem Benutzerprofil; dafür sind keine Administratorrechte nötig)."
LangString ModeText ${LANG_ENGLISH} "KI-Widerspruch can be installed for all users of this computer (the Program Files folder) or only for you (in your user profile; this needs no administrator rights)."
LangString ModeAll ${LANG_GERMAN} "Für alle Benutzer dieses Computers"
LangString ModeAll ${LANG_ENGLISH} "For all users of this computer"
LangString ModeUser ${LANG_GERMAN} "Nur für mich"
LangString ModeUser ${LANG_ENGLISH} "Only for me"
LangString NeedAdmin ${LANG_GERMAN} "Für alle Benutzer kann KI-Widerspruch nur mit Administratorrechten installiert werden. Ohne /AllUsers wird es nur für Sie installiert."
LangString NeedAdmin ${LANG_ENGLISH} "KI-Widerspruch can be installed for all users only with administrator rights. Without /AllUsers it is installed only for you."
LangString UnNeedAdmin ${LANG_GERMAN} "KI-Widerspruch ist für alle Benutzer installiert; zum Deinstallieren sind Administratorrechte nötig."
LangString UnNeedAdmin ${LANG_ENGLISH} "KI-Widerspruch is installed for all users; uninstalling it needs administrator rights."
LangString BothModes ${LANG_GERMAN} "/AllUsers und /CurrentUser schließen einander aus."
LangString BothModes ${LANG_ENGLISH} "/AllUsers and /CurrentUser exclude each other."
LangString MsiInstalled ${LANG_GERMAN} "KI-Widerspruch ist auf diesem Computer bereits als MSI-Paket für alle Benutzer installiert (etwa durch die IT-Abteilung). Eine zweite Installation für alle Benutzer ist nicht möglich; „Nur für mich“ geht."
LangString MsiInstalled ${LANG_ENGLISH} "KI-Widerspruch is already installed on this computer for all users as an MSI package (for example by the IT department). A second installation for all users is not possible; 'only for me' is."
LangString ProgramRunning ${LANG_GERMAN} "KI-Widerspruch läuft noch ($0). Bitte schließen Sie das Programm und klicken Sie auf „Wiederholen“."
LangString ProgramRunning ${LANG_ENGLISH} "KI-Widerspruch is still running ($0). Please close it and click Retry."
LangString Upgrading ${LANG_GERMAN} "Die installierte Version wird ersetzt: $0"
LangString Upgrading ${LANG_ENGLISH} "Replacing the installed version: $0"
LangString ShortcutComment ${LANG_GERMAN} "Widerspruch gegen Metas KI-Training"
LangString ShortcutComment ${LANG_ENGLISH} "Object to Meta's AI training"
LangString UnTitle ${LANG_GERMAN} "KI-Widerspruch entfernen"
LangString UnTitle ${LANG_ENGLISH} "Remove KI-Widerspruch"
LangString UnSubtitle ${LANG_GERMAN} "Das Programm wird entfernt, Ihre Nachweise bleiben."
LangString UnSubtitle ${LANG_ENGLISH} "The program is removed, your record stays."
LangString UnRemoves ${LANG_GERMAN} "Entfernt werden das Programm aus $INSTDIR, der Eintrag im Startmenü und die Anmeldungen bei Windows (Links ki-widerspruch://, „Öffnen mit“ für Profile)."
LangString UnRemoves ${LANG_ENGLISH} "This removes the program from $INSTDIR, its Start menu entry and what it registered with Windows (ki-widerspruch:// links, 'Open with' for profiles)."
LangString UnKeeps ${LANG_GERMAN} "Erhalten bleiben Ihre Nachweise, die Belege und die gemerkten Eingaben – eine spätere Installation findet sie wieder:$\r$\n    $DataLocal$\r$\n    $DataRoaming$\r$\n    Registrierung: HKEY_CURRENT_USER\${SETTINGS_KEY}$\r$\nIhre gespeicherten Profile (*.kiw.json) und Briefe bleiben, wo Sie sie gespeichert haben."
LangString UnKeeps ${LANG_ENGLISH} "Kept are your record, the evidence and the remembered entries – a later installation finds them again:$\r$\n    $DataLocal$\r$\n    $DataRoaming$\r$\n    Registry: HKEY_CURRENT_USER\${SETTINGS_KEY}$\r$\nYour saved profiles (*.kiw.json) and letters stay where you saved them."
LangString UnOtherUsers ${LANG_GERMAN} "Die Daten anderer Benutzer dieses Computers bleiben in jedem Fall erhalten."
LangString UnOtherUsers ${LANG_ENGLISH} "Other users' data on this computer is kept in any case."
LangString UnRemoveData ${LANG_GERMAN} "Auch meine Nachweise, Belege und gemerkten Eingaben löschen (lässt sich nicht rückgängig machen)"
LangString UnRemoveData ${LANG_ENGLISH} "Also delete my record, evidence and remembered entries (cannot be undone)"
LangString UnDataKept ${LANG_GERMAN} "Nachweise und Belege bleiben erhalten: $DataLocal"
LangString UnDataKept ${LANG_ENGLISH} "The record and evidence are kept: $DataLocal"
LangString UnDataRemoved ${LANG_GERMAN} "Nachweise, Belege und gemerkte Eingaben gelöscht."
LangString UnDataRemoved ${LANG_ENGLISH} "Record, evidence and remembered entries deleted."

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_GERMAN} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_GERMAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_GERMAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_GERMAN} "FileDescription" "KI-Widerspruch ${VERSION} – Installation"
VIAddVersionKey /LANG=${LANG_GERMAN} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_GERMAN} "LegalCopyright" "GPL-3.0-or-later"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "KI-Widerspruch ${VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "GPL-3.0-or-later"

; --- shared between installer and uninstaller --------------------------------------------

!macro ACCOUNT_TYPE
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 == "Admin"
    StrCpy $IsAdmin 1
  ${Else}
    StrCpy $IsAdmin 0
  ${EndIf}
!macroend

; Refuses (Abort in a section) while the program runs from folder $R9: Windows keeps a
; running program's files, and half an update would be worse than none.
!macro WAIT_PROGRAM_CLOSED UN
Function ${UN}WaitProgramClosed
  Push $0
  Push $1
  ${ForEach} $1 0 1 + 1
    ${If} $1 == 0
      StrCpy $0 "$R9\${APP_EXE}"
    ${Else}
      StrCpy $0 "$R9\${CLI_EXE}"
    ${EndIf}
    ${IfNot} ${FileExists} $0
      ${Continue}
    ${EndIf}
    retry:
    ClearErrors
    FileOpen $R8 $0 a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(ProgramRunning)" /SD IDCANCEL IDRETRY retry
      DetailPrint "$(ProgramRunning)"
      SetErrorLevel 2
      Abort
    ${EndIf}
    FileClose $R8
  ${Next}
  Pop $1
  Pop $0
FunctionEnd
!macroend
!insertmacro WAIT_PROGRAM_CLOSED ""
!insertmacro WAIT_PROGRAM_CLOSED "un."

; --- installer -----------------------------------------------------------------------

; $0 = AllUsers or CurrentUser: shell folders, registry root (SHCTX) and default folder.
Function SetMode
  StrCpy $Mode $0
  ${If} $Mode == "AllUsers"
    SetShellVarContext all
    StrCpy $INSTDIR "$PROGRAMFILES64\${APP_NAME}"
  ${Else}
    SetShellVarContext current
    GetKnownFolderPath $INSTDIR {5CD7AEE2-2219-4A67-B85D-6C9CE15660CB} ; UserProgramFiles
    ${If} $INSTDIR == ""
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs"
    ${EndIf}
    StrCpy $INSTDIR "$INSTDIR\${APP_NAME}"
  ${EndIf}
  ; An installed version is replaced where it is.
  ReadRegStr $1 SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $1 != ""
    StrCpy $INSTDIR $1
  ${EndIf}
  ${If} $CmdInstDir != ""
    StrCpy $INSTDIR $CmdInstDir
  ${EndIf}
FunctionEnd

; Sets the error flag when the MSI (same UpgradeCode) is installed. Keeps $0 and $1.
Function CheckNoMsi
  Push $0
  Push $1
  System::Call 'msi::MsiEnumRelatedProductsW(w "{${MSI_UPGRADE_CODE}}", i 0, i 0, w .r1) i .r0'
  ${If} $0 == 0
    Pop $1
    Pop $0
    SetErrors
  ${Else}
    Pop $1
    Pop $0
    ClearErrors
  ${EndIf}
FunctionEnd

Function .onInit
  StrCpy $CmdInstDir $INSTDIR
  !insertmacro ACCOUNT_TYPE
  StrCpy $ModeGiven 0
  ${GetParameters} $R0
  StrCpy $R2 ""
  ClearErrors
  ${GetOptions} $R0 "/AllUsers" $R1
  ${IfNot} ${Errors}
    StrCpy $R2 "AllUsers"
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/CurrentUser" $R1
  ${IfNot} ${Errors}
    ${If} $R2 != ""
      MessageBox MB_OK|MB_ICONSTOP "$(BothModes)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    StrCpy $R2 "CurrentUser"
  ${EndIf}

  ${If} $R2 != ""
    StrCpy $ModeGiven 1
    ${If} $R2 == "AllUsers"
    ${AndIf} $IsAdmin != 1
      MessageBox MB_OK|MB_ICONSTOP "$(NeedAdmin)" /SD IDOK
      SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
    StrCpy $0 $R2
  ${ElseIf} $IsAdmin == 1
    ; An administrator: for all users, unless only a per-user installation exists.
    StrCpy $0 "AllUsers"
    ReadRegStr $1 HKLM "${UNINST_KEY}" "InstallLocation"
    ReadRegStr $2 HKCU "${UNINST_KEY}" "InstallLocation"
    ${If} $1 == ""
    ${AndIf} $2 != ""
      StrCpy $0 "CurrentUser"
    ${EndIf}
  ${Else}
    StrCpy $0 "CurrentUser"
  ${EndIf}
  Call SetMode

  ; An administrator who sees the pages is told on the first page.
  ${If} $Mode == "AllUsers"
  ${AndIf} $ModeGiven == 1
  ${OrIf} ${Silent}
  ${AndIf} $Mode == "AllUsers"
    Call CheckNoMsi
    ${If} ${Errors}
      MessageBox MB_OK|MB_ICONSTOP "$(MsiInstalled)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

Function ModePageShow
  ${If} $IsAdmin != 1
  ${OrIf} $ModeGiven == 1
    Abort ; nothing to choose
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "$(ModeTitle)" "$(ModeSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 36u "$(ModeText)"
  Pop $0
  ${NSD_CreateRadioButton} 10u 44u -10u 12u "$(ModeAll)"
  Pop $RadioAll
  ${NSD_AddStyle} $RadioAll ${WS_GROUP}
  ${NSD_CreateRadioButton} 10u 62u -10u 12u "$(ModeUser)"
  Pop $RadioUser
  ${If} $Mode == "AllUsers"
    ${NSD_Check} $RadioAll
  ${Else}
    ${NSD_Check} $RadioUser
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function ModePageLeave
  ${NSD_GetState} $RadioAll $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $0 "AllUsers"
    Call CheckNoMsi
    ${If} ${Errors}
      MessageBox MB_OK|MB_ICONEXCLAMATION "$(MsiInstalled)"
      Abort ; stay on the page
    ${EndIf}
  ${Else}
    StrCpy $0 "CurrentUser"
  ${EndIf}
  ${If} $0 != $Mode
    Call SetMode
  ${EndIf}
FunctionEnd

Function LaunchProgram
  ${If} $Mode == "AllUsers"
    ; The installer runs elevated: Explorer starts the program with the user's own rights.
    Exec '"$WINDIR\explorer.exe" "$INSTDIR\${APP_EXE}"'
  ${Else}
    Exec '"$INSTDIR\${APP_EXE}"'
  ${EndIf}
FunctionEnd

Section "KI-Widerspruch" SecProgram
  SectionIn RO

  ; Installing over an installed version (older or the same): its own uninstaller removes
  ; its files and entries first (never the user's data), so that nothing of it stays and
  ; Apps & Features keeps one entry.
  ReadRegStr $0 SHCTX "${UNINST_KEY}" "InstallLocation"
  StrCpy $R9 $INSTDIR
  Call WaitProgramClosed
  ${If} $0 != ""
    StrCpy $R9 $0
    Call WaitProgramClosed
    ${If} ${FileExists} "$0\uninstall.exe"
      DetailPrint "$(Upgrading)"
      ExecWait '"$0\uninstall.exe" /S /$Mode _?=$0'
      Delete "$0\uninstall.exe"
      RMDir "$0"
    ${EndIf}
  ${EndIf}

  !include "${FILES_INSTALL}"

  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
      SW_SHOWNORMAL "" "$(ShortcutComment)"

  ; Registrations (SHCTX: HKLM for all users, HKCU only for me; the MSI writes the same).
  ; Profiles (*.kiw.json) under "Open with": Windows takes a file's type from its last
  ; extension (.json); a key ".kiw.json" would never be read. So the program is offered for
  ; .json files (OpenWithProgids, SupportedTypes) without becoming their default program.
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "KI-Widerspruch-Profil"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" \
      '"$INSTDIR\${APP_EXE}" --profile "%1"'
  WriteRegStr SHCTX "Software\Classes\.json\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXE}" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".json" ""
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXE}\DefaultIcon" "" \
      '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" \
      '"$INSTDIR\${APP_EXE}" --profile "%1"'
  ; The record link ki-widerspruch://record/ID of a calendar reminder; the program takes
  ; it after "--" (as Exec=ki-widerspruch -- %u on Linux) and checks it before anything.
  WriteRegStr SHCTX "Software\Classes\ki-widerspruch" "" "URL:KI-Widerspruch"
  WriteRegStr SHCTX "Software\Classes\ki-widerspruch" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\ki-widerspruch\DefaultIcon" "" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr SHCTX "Software\Classes\ki-widerspruch\shell\open\command" "" \
      '"$INSTDIR\${APP_EXE}" -- "%1"'
  ; "ki-widerspruch" in Run (Win+R).
  WriteRegStr SHCTX "${APPPATHS_KEY}" "" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${APPPATHS_KEY}" "Path" "$INSTDIR"

  ; The entry in Apps & Features.
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$Mode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S /$Mode'
  WriteRegStr SHCTX "${UNINST_KEY}" "URLInfoAbout" "${HOMEPAGE}"
  WriteRegStr SHCTX "${UNINST_KEY}" "HelpLink" "${HOMEPAGE}/issues"
  ${GetTime} "" "L" $1 $2 $3 $4 $5 $6 $7
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallDate" "$3$2$1"
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED
SectionEnd

; --- uninstaller ---------------------------------------------------------------------

Function un.onInit
  !insertmacro ACCOUNT_TYPE
  ${GetParameters} $R0
  StrCpy $Mode ""
  ClearErrors
  ${GetOptions} $R0 "/AllUsers" $R1
  ${IfNot} ${Errors}
    StrCpy $Mode "AllUsers"
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/CurrentUser" $R1
  ${IfNot} ${Errors}
    StrCpy $Mode "CurrentUser"
  ${EndIf}
  ${If} $Mode == ""
    ReadRegStr $1 HKLM "${UNINST_KEY}" "InstallLocation"
    ${If} $1 == $INSTDIR
      StrCpy $Mode "AllUsers"
    ${Else}
      StrCpy $Mode "CurrentUser"
    ${EndIf}
  ${EndIf}
  ${If} $Mode == "AllUsers"
    ${If} $IsAdmin != 1
      MessageBox MB_OK|MB_ICONSTOP "$(UnNeedAdmin)" /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
  StrCpy $RemoveUserData 0
  ClearErrors
  ${GetOptions} $R0 "/RemoveUserData" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveUserData 1
  ${EndIf}
  ; The data folders of the user who runs the uninstaller.
  SetShellVarContext current
  StrCpy $DataLocal "$LOCALAPPDATA\${DATA_SUBDIR}"
  StrCpy $DataRoaming "$APPDATA\${DATA_SUBDIR}"
  ${If} $Mode == "AllUsers"
    SetShellVarContext all
  ${EndIf}
FunctionEnd

Function un.DataPageShow
  !insertmacro MUI_HEADER_TEXT "$(UnTitle)" "$(UnSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 30u "$(UnRemoves)"
  Pop $0
  ${NSD_CreateLabel} 0 34u 100% 62u "$(UnKeeps)"
  Pop $0
  ${If} $Mode == "AllUsers"
    ${NSD_CreateLabel} 0 98u 100% 12u "$(UnOtherUsers)"
    Pop $0
  ${EndIf}
  ${NSD_CreateCheckbox} 0 114u 100% 20u "$(UnRemoveData)"
  Pop $RemoveCheckbox
  ${If} $RemoveUserData == 1
    ${NSD_Check} $RemoveCheckbox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveCheckbox $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $RemoveUserData 1
  ${Else}
    StrCpy $RemoveUserData 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  StrCpy $R9 $INSTDIR
  Call un.WaitProgramClosed

  ; Exactly the files this version installed (generated with the installer's list), then
  ; its folders if they are empty: nothing else a user put into the folder is touched.
  !include "${FILES_UNINSTALL}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${SHORTCUT}"

  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegValue SHCTX "Software\Classes\.json\OpenWithProgids" "${PROGID}"
  ; Only when empty (no values, no subkeys): .json belongs to Windows and other programs.
  DeleteRegKey /ifempty SHCTX "Software\Classes\.json\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.json"
  DeleteRegKey SHCTX "Software\Classes\Applications\${APP_EXE}"
  DeleteRegKey SHCTX "Software\Classes\ki-widerspruch"
  DeleteRegKey SHCTX "${APPPATHS_KEY}"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; The user's record, evidence and remembered entries only when asked for (checkbox or
  ; /RemoveUserData), and only the current user's.
  SetShellVarContext current
  ${If} $RemoveUserData == 1
    RMDir /r "$DataLocal"
    RMDir "$LOCALAPPDATA\KI-Widerspruch"
    RMDir /r "$DataRoaming"
    RMDir "$APPDATA\KI-Widerspruch"
    DeleteRegKey HKCU "${SETTINGS_KEY}"
    DeleteRegKey /ifempty HKCU "Software\KI-Widerspruch"
    DetailPrint "$(UnDataRemoved)"
  ${Else}
    DetailPrint "$(UnDataKept)"
  ${EndIf}
  ${If} $Mode == "AllUsers"
    SetShellVarContext all
  ${EndIf}
SectionEnd
