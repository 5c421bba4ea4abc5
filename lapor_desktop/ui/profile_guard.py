"""The steps that protect a profile: unlock before anything is read, log out and wipe at the end.

Kept out of ``app.py`` so the composition root stays a list of things being built and wired.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lapor_desktop import APP_NAME
from lapor_desktop.security.keys import has_vault
from lapor_desktop.security.remember import KeyRemember
from lapor_desktop.store.engine import Store
from lapor_desktop.store.profile import database_path
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.profile_chooser import ProfileChooser
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.ui.unlock_page import UnlockPage
from lapor_desktop.workbench import profiles
from lapor_desktop.workbench.wipe import export_unsent, unsent_work, wipe_profile


def unlock_profile(tasks: TaskManager, profile: Path, remember: KeyRemember,
                   then: Callable[[bytes], None], keep: list[object]) -> None:
    """Show the unlock (or first-password) page unless the keyring remembers the key.

    ``then`` gets the master key once the profile is unlocked; ``keep`` holds the page alive.
    """
    page = UnlockPage(tasks, profile, remember=remember)
    page.setWindowTitle(APP_NAME)
    page.resize(560, 440)
    keep.append(page)
    if database_path(profile).exists() and not has_vault(profile):
        page.set_message(tr("ProfileGuard", "Data di komputer ini belum terenkripsi. Buat kata "
                                            "sandi profil; basis data akan dienkripsi tanpa "
                                            "kehilangan data."))

    def unlocked(key: bytes) -> None:
        then(key)
        page.close()  # after the next window is up: with none on screen Qt would end the app

    page.unlocked.connect(unlocked)
    if not page.try_remembered():
        page.show()


def choose_profile(keep: list[object], open_folder: Callable[[Path], None],
                   training: Callable[[], None], *, env: dict[str, str] | None = None) -> None:
    """The start on a shared PC: the profile chooser when any profile exists here, else a new
    profile straight away (its first run offers training mode too)."""
    root = profiles.profiles_root(env)
    cards = profiles.list_profiles(root, extra=profiles.legacy_profile(env))
    if not cards:
        open_folder(profiles.new_profile_dir(root))
        return
    chooser = ProfileChooser(cards)
    chooser.resize(560, 440)
    keep.append(chooser)

    def then(action: Callable[[], None]) -> None:
        action()
        chooser.close()  # after the next page is up: with none on screen Qt would end the app

    chooser.profile_chosen.connect(lambda path: then(lambda: open_folder(Path(path))))
    chooser.new_profile_requested.connect(
        lambda: then(lambda: open_folder(profiles.new_profile_dir(root))))
    chooser.training_requested.connect(lambda: then(training))
    chooser.show()


def logout_and_wipe(parent: QWidget | None, profile: Path, store: Store,
                    remember: KeyRemember, before_wipe: Callable[[], None]) -> bool:
    """Offer to remove the local profile; unsent work must be exported first. True if wiped."""
    exported = False
    if not unsent_work(store).empty:
        answer = QMessageBox.question(
            parent, APP_NAME,
            tr("ProfileGuard", "Masih ada pekerjaan yang belum terkirim ke server. Ekspor dulu ke "
                               "berkas agar tidak hilang?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        path, _ = QFileDialog.getSaveFileName(
            parent, tr("ProfileGuard", "Ekspor pekerjaan yang belum terkirim"),
            str(Path.home() / "lapor-belum-terkirim.json"), "JSON (*.json)")
        if not path:
            return False
        export_unsent(store, Path(path))
        exported = True
    answer = QMessageBox.question(
        parent, APP_NAME,
        tr("ProfileGuard", "Hapus semua data profil di komputer ini? Data pengaduan dapat diambil "
                           "lagi dengan sinkronisasi setelah masuk kembali."))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    before_wipe()
    wipe_profile(profile, store, exported=exported, remember=remember)
    return True
