; LAPOR! Desktop - Windows installer (NSIS 3, Modern UI 2, Unicode).
;
;   makensis /DVERSION=x.y.z [/DVERSION4=x.y.z.0] [/DBUNDLE_DIR=..\..\dist\lapor-desktop]
;            [/DOUTDIR=..\..\dist] packaging\windows\installer.nsi
;
; VERSION is lapor_desktop.__version__ (the workflow and check_nsis.sh read it from the package;
; nothing here hard-codes it). BUNDLE_DIR is the PyInstaller one-folder bundle (build.spec).
;
; Per-user install, no administrator rights: the app goes to %LOCALAPPDATA%\Programs\LAPOR Desktop
; and registers in HKCU. Liaison officers (Admin Penghubung) on agency PCs often have no admin
; rights, and the app's data is per-user anyway (%LOCALAPPDATA%\lapor-desktop), so a per-user
; install lets each officer install and update it without waiting for IT.
;
; Uninstalling removes the program files, the Start menu shortcut and the Add/Remove Programs
; entry only. The officer's profile (%LOCALAPPDATA%\lapor-desktop: complaint database, outbox
; of unsent follow-ups, drafts, logs) is deliberately left in place: it may hold work that has not
; reached the server yet, and a reinstall or upgrade must find it again.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

;--- names and version ---------------------------------------------------------------------------
!ifndef VERSION
  !error "Pass the application version: makensis /DVERSION=x.y.z installer.nsi"
!endif
!ifndef VERSION4
  ; numeric a.b.c.d for the file-version resource, from VERSION's first three numbers
  !searchparse /noerrors "${VERSION}.0.0.0" "" _VMAJOR "." _VMINOR "." _VPATCH "."
  !define VERSION4 "${_VMAJOR}.${_VMINOR}.${_VPATCH}.0"
!endif
!define APP_ID "lapor-desktop"                 ; lapor_desktop.APP_ID
!define PRODUCT_NAME "LAPOR! Desktop"          ; lapor_desktop.APP_NAME
!define PUBLISHER "LAPOR Desktop"              ; lapor_desktop.ORG_NAME
!define APP_EXE "${APP_ID}.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define UNINST_ROOT HKCU
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\${APP_ID}"
!endif
!ifndef OUTDIR
  !define OUTDIR "..\..\dist"
!endif
!ifndef ICON
  !define ICON "..\icons\lapor-desktop.ico"
!endif

Name "${PRODUCT_NAME}"
OutFile "${OUTDIR}\${APP_ID}-${VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\LAPOR Desktop"
InstallDirRegKey ${UNINST_ROOT} "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
BrandingText "${PRODUCT_NAME} ${VERSION}"

;--- Modern UI -----------------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT ${UNINST_ROOT}
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UN_KEEP_DATA)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows' UI language matches neither.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SEC_APP ${LANG_INDONESIAN} "${PRODUCT_NAME}"
LangString SEC_APP ${LANG_ENGLISH} "${PRODUCT_NAME}"
LangString NEEDS_X64 ${LANG_INDONESIAN} "${PRODUCT_NAME} memerlukan Windows 64-bit."
LangString NEEDS_X64 ${LANG_ENGLISH} "${PRODUCT_NAME} requires 64-bit Windows."
LangString UN_KEEP_DATA ${LANG_INDONESIAN} "Program ${PRODUCT_NAME} akan dihapus. Data profil Anda (basis data laporan, kotak keluar tindak lanjut yang belum terkirim, draf, dan log) di %LOCALAPPDATA%\lapor-desktop TIDAK dihapus; hapus folder itu secara manual bila komputer ini tidak lagi dipakai untuk LAPOR!."
LangString UN_KEEP_DATA ${LANG_ENGLISH} "${PRODUCT_NAME} will be removed. Your profile data (complaint database, outbox of unsent follow-ups, drafts and logs) in %LOCALAPPDATA%\lapor-desktop is NOT removed; delete that folder by hand if this PC is no longer used for LAPOR!."
LangString UN_DATA_KEPT ${LANG_INDONESIAN} "Data profil di $LOCALAPPDATA\lapor-desktop dipertahankan."
LangString UN_DATA_KEPT ${LANG_ENGLISH} "Profile data in $LOCALAPPDATA\lapor-desktop was kept."

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT_NAME} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Apache-2.0"

;--- install -------------------------------------------------------------------------------------
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NEEDS_X64)" /SD IDOK
    Abort
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "!$(SEC_APP)" SecApp
  SectionIn RO
  SetShellVarContext current
  ; An upgrade replaces the whole bundle: files of an older version must not linger in _internal.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File "${BUNDLE_DIR}\${APP_EXE}"
  SetOutPath "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}\_internal\*.*"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${PRODUCT_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; Add/Remove Programs (Apps & features), current user only.
  WriteRegStr ${UNINST_ROOT} "${UNINST_KEY}" "DisplayName" "${PRODUCT_NAME}"
  WriteRegStr ${UNINST_ROOT} "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr ${UNINST_ROOT} "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr ${UNINST_ROOT} "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr ${UNINST_ROOT} "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr ${UNINST_ROOT} "${UNINST_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr ${UNINST_ROOT} "${UNINST_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
  WriteRegStr ${UNINST_ROOT} "${UNINST_KEY}" "URLInfoAbout" "https://www.lapor.go.id/"
  WriteRegDWORD ${UNINST_ROOT} "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD ${UNINST_ROOT} "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD ${UNINST_ROOT} "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

;--- uninstall -----------------------------------------------------------------------------------
Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${PRODUCT_NAME}.lnk"
  ; Only what the installer put there; never a recursive delete of the folder itself, which the
  ; user may have pointed somewhere shared.
  Delete "$INSTDIR\${APP_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey ${UNINST_ROOT} "${UNINST_KEY}"
  ; Per-user data in $LOCALAPPDATA\lapor-desktop (profiles, outbox, drafts, logs) is kept on purpose.
  DetailPrint "$(UN_DATA_KEPT)"
SectionEnd
