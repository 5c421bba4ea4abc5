"""The handover record's content from a package (both officers print the same record)."""

from __future__ import annotations

from lapor_desktop.core.models import ActionKind, Status, TimeZone
from lapor_desktop.core.status import ACTION_LABELS, STATUS_LABELS
from lapor_desktop.reports.handover_report import ComplaintLine, HandoverReport, WorkLine
from lapor_desktop.workbench.handover_package import HandoverPackage


def report_from_package(package: HandoverPackage) -> HandoverReport:
    """The BAST for ``package``: its number is the date and the package id's first part."""
    try:
        zone = TimeZone(package.agency_timezone)
    except ValueError:
        zone = TimeZone.WIB
    complaints = tuple(ComplaintLine(
        c.snapshot.tracking_id, c.snapshot.title, STATUS_LABELS[Status(c.snapshot.status)],
        c.deadline, c.promised, c.handover_note) for c in package.complaints)
    work = [WorkLine(w.tracking_id, _kind(w.kind), str(w.payload.get("text")
                                                      or w.payload.get("reason") or ""),
                     "Diserahkan") for w in package.work]
    work += [WorkLine(d.tracking_id, _kind(d.kind), d.text, f"Dibuang: {d.reason}")
             for d in package.discarded]
    number = f"BAST/LAPOR/{package.created_at:%Y%m%d}/{package.package_id[:8].upper()}"
    return HandoverReport(number=number, agency_name=package.agency_name, time_zone=zone,
                          at=package.created_at, giver=package.from_officer.display_name,
                          receiver=package.to_name, pejabat=package.pejabat,
                          complaints=complaints, work=tuple(work),
                          templates=len(package.templates))


def _kind(kind: str) -> str:
    try:
        return ACTION_LABELS[ActionKind(kind)]
    except (KeyError, ValueError):
        return kind
