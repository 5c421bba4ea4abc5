"""The window's offline and thin-link controls (issue 16), built in one place so the main
window only adds them: Berkas > Siap luring… (Ctrl+Shift+L), Berkas > Mode hemat data, and the
link-speed label in the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from lapor_desktop.sync.link_meter import MeteredMode
from lapor_desktop.ui.link_status import LinkStatusLabel
from lapor_desktop.ui.readiness_view import ReadinessView


class OfflineActions(QObject):
    """Creates the actions, the submenu and the status label for ``window``."""

    def __init__(self, window: QMainWindow, services: Any) -> None:
        super().__init__(window)
        self._window, self._services = window, services
        self.view: ReadinessView | None = None
        self.action_readiness = QAction(self.tr("Siap l&uring…"), window)
        self.action_readiness.setObjectName("actionReadiness")
        self.action_readiness.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action_readiness.triggered.connect(self.show_readiness)

        self.metered_menu = QMenu(self.tr("Mode &hemat data"), window)
        self.metered_menu.setObjectName("meteredMenu")
        group = QActionGroup(self.metered_menu)
        labels = {MeteredMode.AUTO: self.tr("&Otomatis (bila jalur lambat)"),
                  MeteredMode.ON: self.tr("&Selalu"), MeteredMode.OFF: self.tr("&Mati")}
        self.metered_actions: dict[MeteredMode, QAction] = {}
        for mode, label in labels.items():
            action = QAction(label, self.metered_menu, checkable=True)
            action.setChecked(services.bench.settings.metered_mode == mode.value)
            action.triggered.connect(lambda _on=False, m=mode: self.set_metered(m))
            group.addAction(action)
            self.metered_menu.addAction(action)
            self.metered_actions[mode] = action
        self.metered_menu.addSeparator()
        # The daily allowance for files sits next to the mode it applies to.
        self.action_budget = QAction(self._budget_label(services.bench.settings.metered_budget_mb),
                                     self.metered_menu)
        self.action_budget.setObjectName("actionMeteredBudget")
        self.action_budget.triggered.connect(self.ask_budget)
        self.metered_menu.addAction(self.action_budget)

        self.link_label = LinkStatusLabel(services.tasks, services.bench)
        window.statusBar().addPermanentWidget(self.link_label)
        # Bound methods: the connections end with the window (rebuilt on a language switch).
        services.hub.changed.connect(self._refresh_link)
        services.sync.finished.connect(self._refresh_link)

    def _refresh_link(self, _what: object) -> None:
        self.link_label.refresh()

    def show_readiness(self) -> None:
        """Open (or raise) the readiness view."""
        if self.view is None:
            self.view = ReadinessView(self._services.tasks, self._services.bench, self._window,
                                      on_error=self._services.errors.handle)
            self.view.changed.connect(self._services.hub.announce)
            self._services.hub.changed.connect(self.view.on_changes)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()

    def _budget_label(self, mb: int | None) -> str:
        if mb is None:
            return self.tr("&Batas lampiran per hari: tanpa batas…")
        if mb == 0:
            return self.tr("&Batas lampiran per hari: hanya bila diminta…")
        return self.tr("&Batas lampiran per hari: {mb} MB…").format(mb=mb)

    def ask_budget(self) -> None:
        """Ask for metered mode's daily allowance of attachment megabytes (0: files go only
        with "Kirim sekarang")."""
        bench = self._services.bench
        mb, ok = QInputDialog.getInt(
            self._window, self.tr("Batas lampiran per hari"),
            self.tr("Dalam mode hemat data, lampiran dikirim sampai batas ini per hari; sisanya "
                    "menunggu jaringan cepat atau \"Kirim sekarang\" (MB, 0: hanya bila diminta):"),
            bench.settings.metered_budget_mb or 0, 0, 100_000)
        if ok:
            self.set_budget(mb)

    def set_budget(self, mb: int | None) -> None:
        """Save metered mode's daily allowance (MB; None: no limit)."""
        bench = self._services.bench
        self.action_budget.setText(self._budget_label(mb))
        self._services.hub.run(lambda: bench.update_settings(
            bench.settings.model_copy(update={"metered_budget_mb": mb})),
            on_error=self._services.errors.handle)

    def set_metered(self, mode: MeteredMode) -> None:
        """Save the officer's choice of metered mode."""
        bench = self._services.bench
        self._services.hub.run(lambda: bench.update_settings(
            bench.settings.model_copy(update={"metered_mode": mode.value})),
            on_error=self._services.errors.handle)
