"""Login, first-run, settings, training banner and About, driven by keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox

from lapor_desktop.core.models import TimeZone
from lapor_desktop.store import OfficerProfile
from lapor_desktop.ui.about_dialog import AboutDialog
from lapor_desktop.ui.first_run import FirstRunPage
from lapor_desktop.ui.login_dialog import LoginDialog
from lapor_desktop.ui.settings_dialog import SettingsDialog
from lapor_desktop.ui.training_banner import TrainingBanner
from lapor_desktop.workbench import Workbench
from lapor_desktop.workbench.settings import Settings


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    return widget


# --- login ---------------------------------------------------------------------------------------

def test_login_ok_disabled_until_every_field_is_filled(qtbot):
    dialog = _show(qtbot, LoginDialog())
    ok = dialog.findChild(QPushButton, "loginOk")
    assert ok.text() == "&Masuk"
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "loginServerUrl"), "https://lapor.kepriprov.go.id")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "loginUsername"), "rina.marlina")
    assert not ok.isEnabled()
    password = dialog.findChild(QLineEdit, "loginPassword")
    assert password.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(password, "latihan123")
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == ("https://lapor.kepriprov.go.id", "rina.marlina", "latihan123")


def test_login_on_a_bound_profile_refuses_another_officer_inline(qtbot, tmp_path):
    """The workbench's identity check runs before the dialog closes: nothing is sent or saved."""
    bench = Workbench.open(tmp_path / "profil", None)
    try:
        with bench.store.transaction() as session:
            bench.store.profile.save(session, OfficerProfile(
                "https://lapor.kepriprov.go.id", "demo.kota-batam", "Wan Suryani",
                "kota-batam", "Pemerintah Kota Batam", TimeZone.WIB, "penghubung"))
        dialog = _show(qtbot, LoginDialog("https://lapor.kepriprov.go.id", "demo.pupr",
                                          check=bench.check_login))
        qtbot.keyClicks(dialog.findChild(QLineEdit, "loginPassword"), "latihan123")
        qtbot.mouseClick(dialog.findChild(QPushButton, "loginOk"), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        error = dialog.findChild(QLabel, "loginError")
        assert error.isVisible() and "Wan Suryani" in error.text()
        assert "profil baru" in error.text().lower()
        # The session-expired form of the dialog keeps the bound identity as it is.
        dialog.lock_identity()
        assert dialog.findChild(QLineEdit, "loginUsername").isReadOnly()
        assert dialog.findChild(QLineEdit, "loginServerUrl").isReadOnly()
    finally:
        bench.close()


def test_login_refuses_plain_http_to_a_remote_host_inline(qtbot):
    dialog = _show(qtbot, LoginDialog("http://lapor.kepriprov.go.id", "rina.marlina"))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "loginPassword"), "rahasia")
    qtbot.mouseClick(dialog.findChild(QPushButton, "loginOk"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.findChild(QLabel, "loginError")
    assert error.isVisible() and "https://" in error.text()
    assert "Traceback" not in error.text()
    # Fixing the address clears the error and lets the officer in.
    url = dialog.findChild(QLineEdit, "loginServerUrl")
    url.clear()
    qtbot.keyClicks(url, "https://lapor.kepriprov.go.id/")
    assert not error.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.findChild(QPushButton, "loginOk"), Qt.MouseButton.LeftButton)
    assert dialog.values()[0] == "https://lapor.kepriprov.go.id"


def test_login_allows_http_to_loopback_and_shows_a_message(qtbot):
    dialog = _show(qtbot, LoginDialog("http://127.0.0.1:8765", "latihan"))
    dialog.set_message("Sesi Anda berakhir. Masuk lagi untuk melanjutkan sinkronisasi.")
    assert dialog.findChild(QLabel, "loginMessage").isVisible()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "loginPassword"), "latihan123")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.findChild(QPushButton, "loginOk"), Qt.MouseButton.LeftButton)


def test_login_escape_cancels(qtbot):
    dialog = _show(qtbot, LoginDialog())
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


# --- first run -----------------------------------------------------------------------------------

def test_first_run_training_button(qtbot):
    page = _show(qtbot, FirstRunPage())
    with qtbot.waitSignal(page.training_requested):
        qtbot.mouseClick(page.findChild(QPushButton, "trainingButton"), Qt.MouseButton.LeftButton)


def test_first_run_server_choice_validates_the_address(qtbot):
    page = _show(qtbot, FirstRunPage())
    url = page.findChild(QLineEdit, "firstRunServerUrl")
    button = page.findChild(QPushButton, "serverButton")
    assert not button.isEnabled()
    qtbot.keyClicks(url, "http://lapor.natunakab.go.id")
    with qtbot.assertNotEmitted(page.server_chosen):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "https://" in page.findChild(QLabel, "firstRunError").text()
    assert page.findChild(QLabel, "firstRunError").isVisible()
    url.clear()
    qtbot.keyClicks(url, "https://lapor.natunakab.go.id/")
    with qtbot.waitSignal(page.server_chosen) as blocker:
        qtbot.keyClick(url, Qt.Key.Key_Return)
    assert blocker.args == ["https://lapor.natunakab.go.id"]


# --- settings ------------------------------------------------------------------------------------

def test_settings_round_trip(qtbot, tmp_path):
    ca = tmp_path / "kepri-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    original = Settings(server_url="https://lapor.kepriprov.go.id", username="rina.marlina")
    dialog = _show(qtbot, SettingsDialog(original))
    assert dialog.settings() == original

    interval = dialog.findChild(QSpinBox, "settingsSyncInterval")
    interval.selectAll()
    qtbot.keyClicks(interval, "30")
    idle = dialog.findChild(QSpinBox, "settingsIdleLock")
    idle.selectAll()
    qtbot.keyClicks(idle, "5")
    language = dialog.findChild(QComboBox, "settingsLanguage")
    language.setCurrentIndex(language.findData("en"))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "settingsCaBundle"), str(ca))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "settingsOfficialName"), "Drs. H. Hasan Basri")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "settingsOfficialPosition"), "Kepala Dinas")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "settingsOfficialNip"), "196801011990031001")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.findChild(QPushButton, "settingsOk"), Qt.MouseButton.LeftButton)
    edited = dialog.settings()
    assert edited == Settings(server_url="https://lapor.kepriprov.go.id", username="rina.marlina",
                              sync_interval_minutes=30, language="en", ca_bundle=str(ca),
                              idle_lock_minutes=5, official_name="Drs. H. Hasan Basri",
                              official_position="Kepala Dinas",
                              official_nip="196801011990031001")
    # The official fills {pejabat} in templates as "Name, Position".
    assert edited.official_line() == "Drs. H. Hasan Basri, Kepala Dinas"
    assert original.sync_interval_minutes == 10  # the caller's copy is untouched
    # What the dialog returns passes the model's own validation.
    assert Settings.model_validate(edited.model_dump()) == edited


def test_settings_refuses_missing_ca_bundle_and_insecure_url(qtbot, tmp_path):
    dialog = _show(qtbot, SettingsDialog(Settings()))
    ok = dialog.findChild(QPushButton, "settingsOk")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "settingsCaBundle"), str(tmp_path / "nope.pem"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "tidak ditemukan" in dialog.findChild(QLabel, "settingsError").text()
    dialog.findChild(QLineEdit, "settingsCaBundle").clear()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "settingsServerUrl"), "http://10.0.0.5")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "https://" in dialog.findChild(QLabel, "settingsError").text()


def test_settings_spin_boxes_follow_the_model_bounds(qtbot):
    dialog = _show(qtbot, SettingsDialog(Settings()))
    for name in ("settingsSyncInterval", "settingsIdleLock"):
        spin = dialog.findChild(QSpinBox, name)
        assert (spin.minimum(), spin.maximum()) == (1, 1440)


# --- banner and about ----------------------------------------------------------------------------

def test_training_banner_names_the_demo_officer(qtbot):
    banner = _show(qtbot, TrainingBanner())
    assert "MODE LATIHAN" in banner.findChild(QLabel, "trainingBannerText").text()
    officer = banner.findChild(QLabel, "trainingBannerOfficer")
    assert not officer.isVisible()
    banner.set_officer("Rina Marlina")
    assert officer.isVisible() and "Rina Marlina" in officer.text()


def test_about_shows_versions_and_folders(qtbot, tmp_path):
    dialog = _show(qtbot, AboutDialog(tmp_path / "data", tmp_path / "log"))
    assert dialog.findChild(QLabel, "aboutQtVersion").text() == qVersion()
    data = dialog.findChild(QLabel, "aboutDataDir")
    assert data.text() == str(tmp_path / "data")
    assert data.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.findChild(QPushButton, "aboutClose"), Qt.MouseButton.LeftButton)
