"""The training certificate/summary PDF: the trainee's name, the lessons completed, their dates
and the time each took, for the Diskominfo trainer.

Written only when the trainee asks (the panel's "Ekspor sertifikat…"), to a file the trainee
chooses; nothing is sent anywhere. Painted by Qt's own PDF writer from a small HTML document.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from lapor_desktop import APP_NAME
from lapor_desktop.reports.export_files import atomic_path
from lapor_desktop.ui.i18n import tr
from lapor_desktop.workbench.lesson_book import LessonRecord
from lapor_desktop.workbench.lessons import LESSONS


def _t(text: str) -> str:
    return tr("TrainingCertificate", text)


def _minutes(delta: dt.timedelta) -> str:
    minutes = max(1, round(delta.total_seconds() / 60))
    return _t("{n} menit").format(n=minutes)


def certificate_html(name: str, agency: str, records: Sequence[LessonRecord],
                     zone: dt.tzinfo | None = None) -> str:
    """The certificate as HTML (the PDF and its preview are painted from it)."""
    locale = QLocale()

    def day(at: dt.datetime) -> str:
        local = at.astimezone(zone) if zone else at
        return locale.toString(local.date(), QLocale.FormatType.LongFormat)

    rows = "".join(
        f"<tr><td>{i}</td><td>{html.escape(r.title)}</td><td>{html.escape(day(r.done_at))}</td>"
        f"<td align='right'>{html.escape(_minutes(r.duration))}</td></tr>"
        for i, r in enumerate(records, 1))
    total = sum((r.duration for r in records), dt.timedelta())
    complete = len(records) == len(LESSONS)
    verdict = (_t("telah menyelesaikan seluruh pelajaran Mode Latihan") if complete else
               _t("telah menyelesaikan {done} dari {total} pelajaran Mode Latihan").format(
                   done=len(records), total=len(LESSONS)))
    period = (f"{day(min(r.started_at for r in records))} – {day(max(r.done_at for r in records))}"
              if records else "–")
    note = _t("Latihan memakai data contoh di server latihan bawaan aplikasi; setiap pelajaran "
              "diperiksa dari data server itu.")
    return (
        "<html><body style='font-family: DejaVu Sans'>"
        f"<h1 align='center'>{html.escape(_t('Sertifikat Pelatihan'))}</h1>"
        f"<p align='center'>{html.escape(APP_NAME)} — {html.escape(_t('Mode Latihan'))}</p>"
        f"<p align='center'>{html.escape(_t('Diberikan kepada'))}</p>"
        f"<h2 align='center'>{html.escape(name or _t('(nama belum diisi)'))}</h2>"
        f"<p align='center'>{html.escape(agency)}</p>"
        f"<p align='center'>{html.escape(verdict)}</p>"
        "<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
        f"<tr><th>#</th><th>{html.escape(_t('Pelajaran'))}</th>"
        f"<th>{html.escape(_t('Selesai pada'))}</th><th>{html.escape(_t('Waktu'))}</th></tr>"
        f"{rows}</table>"
        f"<p>{html.escape(_t('Periode latihan'))}: {html.escape(period)}<br/>"
        f"{html.escape(_t('Total waktu pelajaran'))}: {html.escape(_minutes(total))}</p>"
        f"<p><small>{html.escape(note)}</small></p>"
        "</body></html>")


def write_certificate(path: Path, name: str, agency: str, records: Sequence[LessonRecord],
                      zone: dt.tzinfo | None = None) -> Path:
    """Write the certificate PDF to ``path`` (atomically); returns the path."""
    document = QTextDocument()
    document.setHtml(certificate_html(name, agency, records, zone))
    with atomic_path(Path(path)) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
        writer.setTitle(_t("Sertifikat Pelatihan"))
        writer.setCreator(APP_NAME)
        document.print_(writer)
    return Path(path)
