"""The complaint detail pane, read as an officer reads it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QTreeWidget

from lapor_desktop.core.models import Event, EventKind, Reporter, TimeZone
from lapor_desktop.ui.detail_view import ComplaintDetail
from lapor_desktop.ui.formatting import event_kind_label, format_size
from tests.gui.demo import PHOTO, SURAT, at, complaint


def _detail(qtbot) -> ComplaintDetail:
    widget = ComplaintDetail(time_zone=TimeZone.WIB)
    qtbot.addWidget(widget)
    widget.resize(760, 900)
    widget.show()
    return widget


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_empty_state_until_a_complaint_is_chosen(qtbot):
    detail = _detail(qtbot)
    assert detail.findChild(QLabel, "detailEmpty").isVisible()
    detail.show_complaint(complaint())
    assert not detail.findChild(QLabel, "detailEmpty").isVisible()
    detail.show_complaint(None)
    assert detail.findChild(QLabel, "detailEmpty").text() == \
        "Pilih laporan dari antrean untuk melihat rinciannya"
    assert detail.findChild(QLabel, "detailEmpty").isVisible()


def test_facts_deadlines_and_countdown(qtbot):
    detail = _detail(qtbot)
    detail.show_complaint(complaint(), countdown_text="sisa 3 hari kerja", local_state_text="Draf")
    find = detail.findChild
    assert find(QLabel, "detailTrackingId").text() == "#9901234"
    assert find(QLabel, "detailStatus").text() == "Ditindaklanjuti"
    assert find(QLabel, "detailLocalState").text() == "Draf"
    assert find(QLabel, "detailCategory").text() == "Infrastruktur / Jalan dan Jembatan"
    assert find(QLabel, "detailDisposed").text() == "17 Maret 2026 10.05 WIB"
    assert find(QLabel, "detailFirstDue").text() == "31 Maret 2026 23.59 WIB"
    assert find(QLabel, "detailAutoCloseDue").isVisible()
    assert find(QLabel, "detailCountdown").text() == "sisa 3 hari kerja"
    assert "per sinkronisasi terakhir" in find(QLabel, "detailSyncNote").text()


def test_history_is_shown_in_order(qtbot):
    detail = _detail(qtbot)
    detail.show_complaint(complaint())
    headers = [t for t in _texts(detail.findChild(object, "detailTimeline")) if " · " in t]
    kinds = [h.rsplit(" · ", 1)[1] for h in headers]
    assert kinds == ["Laporan masuk", "Diverifikasi", "Didisposisikan", "Catatan internal",
                     "Tindak lanjut"]
    assert headers[0].startswith("16 Maret 2026 08.12 WIB · Pelapor")


def test_every_event_kind_has_an_indonesian_label():
    labels = {kind: event_kind_label(kind) for kind in EventKind}
    assert all(labels.values()) and len(set(labels.values())) == len(EventKind)


def test_html_in_body_and_history_is_shown_literally(qtbot):
    hostile = "<b>x</b><img src=file:///etc/passwd>"
    detail = _detail(qtbot)
    detail.show_complaint(complaint(body=hostile, title="<i>judul</i>", events=(
        Event(1, EventKind.REPORTER_REPLY, at(20, 9), "<u>Pelapor</u>", hostile),)))
    body = detail.findChild(QLabel, "detailBody")
    assert body.text() == hostile
    assert body.textFormat() == Qt.TextFormat.PlainText
    for label in detail.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_anonymous_complaint_shows_no_reporter_and_badges(qtbot):
    detail = _detail(qtbot)
    detail.show_complaint(complaint())  # a named reporter first: nothing of it may linger
    detail.show_complaint(complaint(anonim=True, rahasia=True,
                                    reporter=Reporter(name="Siti Rahmawati", phone="0813")))
    texts = _texts(detail)
    assert "Identitas pelapor dirahasiakan" in texts
    assert not detail.findChild(object, "detailReporter").isVisible()
    assert not any("Siti" in t or "Budi Hartono" in t or "0813" in t for t in texts)
    assert detail.findChild(QLabel, "badgeAnonim").isVisible()
    assert detail.findChild(QLabel, "badgeRahasia").isVisible()


def test_named_reporter_without_badges(qtbot):
    detail = _detail(qtbot)
    detail.show_complaint(complaint())
    assert detail.findChild(QLabel, "reporterName").text() == "Budi Hartono"
    assert detail.findChild(QLabel, "reporterPhone").text() == "0812-7000-1234"
    assert not detail.findChild(QLabel, "badgeAnonim").isVisible()
    assert not detail.findChild(QLabel, "badgeRahasia").isVisible()
    assert not detail.findChild(QLabel, "reporterHidden").isVisible()


def test_attachments_list_and_activation(qtbot):
    detail = _detail(qtbot)
    detail.show_complaint(complaint())
    tree = detail.findChild(QTreeWidget, "detailAttachments")
    rows = [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
            for i in range(tree.topLevelItemCount())]
    assert rows == [("foto_jalan_berlubang.jpg", "12,3 KB", "image/jpeg"),
                    ("surat_tugas_perbaikan.pdf", "2,3 MB", "application/pdf")]

    # Scroll to the list as the officer would; clicks land on whatever is under the pointer.
    detail.findChild(QScrollArea, "detailScroll").ensureWidgetVisible(tree)
    second = tree.visualItemRect(tree.topLevelItem(1)).center()
    with qtbot.waitSignal(detail.attachment_activated) as blocker:
        # A real double-click starts with a press: QTest's DClick alone is only the second half.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=second)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert blocker.args == [SURAT.sha256]

    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    with qtbot.waitSignal(detail.attachment_activated) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == [PHOTO.sha256]


def test_sizes_are_human_readable():
    assert format_size(512) == "512 B"
    assert format_size(12_595) == "12,3 KB"
    assert format_size(5 * 1024**3) == "5,0 GB"
