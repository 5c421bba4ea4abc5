"""The workbench: one officer's profile, opened the same way by every door.

Like Anki's ``Collection``, this is the one Qt-free object the window, every CLI command, the
self-test, the GUI test fixtures and the benchmarks open. It owns the store, the settings, the
credentials, the sync session and engine, and the services that read and write the officer's
work; nothing else constructs a store, session or engine. Every write returns an
:class:`~lapor_desktop.workbench.changes.Op` with what it changed, and a sync pass returns its
report with a change log, so views refresh from facts instead of guessing.

Threading: a workbench is used from the task manager's workers (database writes on one, the
sync pass on the network worker); every store access makes its own short session, so the
objects here hold no session across threads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind
from lapor_desktop.protocol import OfficerInfo
from lapor_desktop.reports.indicators import MonthlyReport
from lapor_desktop.reports.monthly import DEFAULT_TREND_MONTHS, Signatory, load_report
from lapor_desktop.reports.period import Period
from lapor_desktop.store import OfficerProfile, OutboxState, Store, open_store
from lapor_desktop.store.changelog import ChangeLog
from lapor_desktop.store.profile import cache_dir, database_path, ensure_profile_dir, logs_dir
from lapor_desktop.store.secrets import StoreTokenVault
from lapor_desktop.sync.credentials import CredentialStore
from lapor_desktop.sync.data_budget import DataBudget
from lapor_desktop.sync.engine import SyncEngine
from lapor_desktop.sync.http import check_server_url
from lapor_desktop.sync.link_meter import metered
from lapor_desktop.sync.outbox import ActionInput
from lapor_desktop.sync.report import CancelledCallback, ProgressCallback, SyncReport
from lapor_desktop.sync.session import SyncSession
from lapor_desktop.workbench import identity, profiles, readiness
from lapor_desktop.workbench.changes import Changes, Op
from lapor_desktop.workbench.drafts import DraftService, SaveResult
from lapor_desktop.workbench.duplicates import DuplicateService
from lapor_desktop.workbench.evidence import Evidence, PreparedEvidence, prepare_evidence
from lapor_desktop.workbench.handover import HandoverService
from lapor_desktop.workbench.ledger import LedgerService
from lapor_desktop.workbench.notifications import (
    Notification,
    compare,
    snapshots_for_pass,
)
from lapor_desktop.workbench.queue import QueueService
from lapor_desktop.workbench.settings import Settings, load_settings, save_settings
from lapor_desktop.workbench.signoff import SignoffService

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The workbench's default clock (aware UTC)."""
    return dt.datetime.now(dt.UTC)


@dataclasses.dataclass(frozen=True, slots=True)
class LoginResult:
    """Who logged in, and whether the token outlives this run (False: memory only)."""

    officer: OfficerProfile
    token_saved: bool


@dataclasses.dataclass(frozen=True, slots=True)
class ReplyResult:
    """A queued reply: its outbox operation, and what was removed from each file."""

    op_id: str
    evidence: list[PreparedEvidence]


class Workbench:
    """An open officer profile: store, settings, credentials, session, engine and services.

    Open it with :meth:`open` (the profile's master key comes from the unlock page, the headless
    key sources in :mod:`lapor_desktop.workbench.doors`, or a random key for training) and close
    it with :meth:`close` (or use it as a context manager).
    """

    def __init__(self, profile: Path, store: Store, *, clock: Clock = utc_now,
                 env: Mapping[str, str] | None = None,
                 credentials: CredentialStore | None = None, training: bool = False,
                 timeout: tuple[float, float] | None = None) -> None:
        self.profile = profile
        self.store = store
        self.clock = clock
        self.training = training
        self.settings = load_settings(profile)
        self.credentials = credentials or CredentialStore()
        if store.secrets.available:
            # No OS keyring needed: the token can live in the encrypted profile.
            self.credentials.set_vault(StoreTokenVault(store))
        session_options = {"timeout": timeout} if timeout is not None else {}
        self.session = SyncSession(self.settings.server_url, self.settings.username,
                                   self.credentials, ca_bundle=self.settings.ca_bundle,
                                   env=os.environ if env is None else env, **session_options)
        self.link_meter = self.session.link_meter  # the status bar's measured link speed
        self.engine = SyncEngine(store, self.session.client,
                                 reauthenticate=self.session.reauthenticate, clock=clock,
                                 cache_dir=cache_dir(profile), on_officer=self._check_officer)
        self.engine.metered = lambda: metered(self.settings.metered_mode, self.link_meter)
        self.data_budget = DataBudget(store, lambda: self.settings.metered_budget_mb,
                                      lambda: self.engine.metered(), clock)
        self.engine.admit_upload = self.data_budget.admit
        self.queue = QueueService(store, clock)
        self.drafts = DraftService(store, cache_dir(profile), clock,
                                   official_name=self.settings.official_line())
        self.ledger = LedgerService(store, clock)
        self.handover = HandoverService(store, clock)
        self.duplicates = DuplicateService(store, clock)
        self.signoff = SignoffService(store, cache_dir(profile), clock)
        self._lock = threading.Lock()
        self._pending: list[Notification] = []
        # Deadlines that fell due since the last sync are announced at the next pass.
        self._notified_until = store.sync_state.get().last_sync_at or clock()

    @classmethod
    def open(cls, profile: Path, key: bytes | None, **options: object) -> Workbench:
        """Open (creating, migrating, or encrypting in place) the profile at ``profile``.

        ``key`` is the profile's master key; ``None`` opens a plaintext store, which only
        the store's own tests and profiles from before encryption have.
        """
        profile = ensure_profile_dir(Path(profile))
        clock = options.get("clock") or utc_now
        store = open_store(database_path(profile), key, clock=clock)  # type: ignore[arg-type]
        try:
            return cls(profile, store, **options)  # type: ignore[arg-type]
        except BaseException:
            store.close()
            raise

    # --- lifecycle --------------------------------------------------------------------------

    @property
    def cache_dir(self) -> Path:
        """The profile's attachment cache."""
        return cache_dir(self.profile)

    @property
    def logs_dir(self) -> Path:
        """The profile's log folder."""
        return logs_dir(self.profile)

    def officer(self) -> OfficerProfile | None:
        """The officer this profile is bound to (None before the first login)."""
        return self.store.profile.get()

    def close(self) -> None:
        """Close the store (checkpoints the WAL)."""
        self.engine.reset_client()
        self.store.close()

    def __enter__(self) -> Workbench:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- identity and settings --------------------------------------------------------------

    def touch_card(self) -> None:
        """Refresh the chooser's card (name, agency, last used) of a bound, non-training
        profile; a card that cannot be written only costs the chooser a label."""
        officer = self.officer()
        if officer is None or self.training:
            return
        try:
            profiles.write_card(self.profile, officer.display_name, officer.agency_name,
                                self.clock())
        except OSError:
            log.warning("could not write the profile card of %s", self.profile)

    def check_login(self, server_url: str, username: str) -> str:
        """The checked server address, or :class:`identity.ProfileBoundError` /
        a refused address; nothing is written either way (call before asking a password)."""
        server_url = check_server_url(server_url)
        identity.check_login(self.officer(), server_url, username,
                             legacy_server=self.settings.server_url,
                             legacy_user=self.settings.username,
                             has_data=self.store.sync_state.get().cursor is not None)
        return server_url

    def login(self, server_url: str, username: str, password: str) -> Op[LoginResult]:
        """Log in and bind the profile to this officer (every door saves the same facts)."""
        server_url = self.check_login(server_url, username)
        self.session.server_url, self.session.username = server_url, username
        client, answer, saved = self.session.login(password)
        client.close()
        changes = Changes(settings=True)
        with self.store.transaction() as session:
            changes |= self._adopt_officer(session, server_url, answer.officer)
        self.settings = self.settings.model_copy(update={"server_url": server_url,
                                                         "username": username})
        save_settings(self.profile, self.settings)
        self.engine.reset_client()
        officer = self.officer()
        assert officer is not None
        self.touch_card()
        return Op(LoginResult(officer, saved), changes)

    def _adopt_officer(self, session: Any, server_url: str, info: OfficerInfo) -> Changes:
        """Save the officer profile; a re-assigned officer's old agency data leaves first."""
        bound = self.store.profile.get(session=session)
        changes = Changes()
        if identity.reassigned(bound, info):
            changes = self._purge_agency(session, ChangeLog())
        self.store.profile.save(session, identity.officer_profile(server_url, info))
        return changes

    def _check_officer(self, info: OfficerInfo, log_: ChangeLog) -> None:
        """Every pass: the server may have moved this officer to another agency."""
        bound = self.officer()
        if bound is None:
            # A profile from before binding (or a CLI login of an older build): bind it now.
            with self.store.transaction() as session:
                self.store.profile.save(session, identity.officer_profile(
                    self.settings.server_url or "", info))
            self.touch_card()
            return
        if identity.reassigned(bound, info):
            log.warning("officer %s moved from agency %s to %s: removing the old agency's data",
                        info.username, bound.agency_id, info.agency_id)
            with self.store.transaction() as session:
                self._purge_agency(session, log_)
                self.store.profile.save(session, identity.officer_profile(bound.server_url, info))

    def _purge_agency(self, session: Any, log_: ChangeLog) -> Changes:
        """Remove every complaint (as tombstones do: drafts and unsent work are kept, marked
        for attention) and restart the feed, in the caller's transaction."""
        ids = self.store.complaints.ids(session=session)
        for complaint_id in ids:
            self.store.complaints.remove(session, complaint_id)
        self.store.sync_state.set_cursor(session, None)
        log_.removed.update(ids)
        log_.upserted.difference_update(ids)
        log_.outbox = True
        return Changes(everything=True, outbox=True, drafts=True)

    def update_settings(self, settings: Settings) -> Op[Settings]:
        """Save new settings; a bound profile keeps its server."""
        officer = self.officer()
        if officer is not None and not identity.same_server(settings.server_url,
                                                            officer.server_url):
            raise identity.ProfileBoundError(
                _("Profil ini terikat ke server {server_url}. Untuk server lain, buat "
                   "profil baru.").format(server_url=officer.server_url))
        save_settings(self.profile, settings)
        self.settings = settings
        self.drafts.official_name = settings.official_line()
        return Op(settings, Changes(settings=True))

    def set_server(self, server_url: str) -> Op[Settings]:
        """The first-run choice of server (before any login)."""
        server_url = check_server_url(server_url)
        updated = self.settings.model_copy(update={"server_url": server_url})
        result = self.update_settings(updated)
        self.session.server_url = server_url
        self.engine.reset_client()
        return result

    # --- sync -------------------------------------------------------------------------------

    def sync(self, progress: ProgressCallback | None = None,
             cancelled: CancelledCallback | None = None) -> SyncReport:
        """One pass; its ``changes`` log says what it wrote. Notifications of the pass wait in
        :meth:`take_notifications`."""
        synced_before = self.store.sync_state.get().cursor is not None
        report = self.engine.run_once(progress, cancelled)
        readiness.note_pass(self, report)  # "Siap luring": the last successful sync
        log.info("sync pass %s: pulled %d, removed %d, pushed %d, failures %d",
                 report.outcome.name.lower(), report.pulled, report.removed, report.pushed,
                 len(report.failures))
        try:
            self._collect_notifications(report, synced_before)
        except Exception:  # notifications are a nicety; the pass itself succeeded
            log.exception("could not compute notifications for the pass")
        return report

    def probe(self) -> bool | None:
        """Whether the server answers now (the status bar's periodic check; no login, no data).

        None when no server is set up for this profile.
        """
        return self.session.probe()

    def _collect_notifications(self, report: SyncReport, synced_before: bool) -> None:
        now = self.clock()
        refused = [f.op_id for f in report.failures if not f.will_retry]
        before, after = snapshots_for_pass(self.store, report.changes, refused,
                                           since=self._notified_until, now=now,
                                           synced_before=synced_before)
        found = compare(before, after)
        with self._lock:
            self._pending.extend(found)
            self._notified_until = now

    def take_notifications(self) -> list[Notification]:
        """The notifications gathered since the last call (oldest pass first); thread-safe."""
        with self._lock:
            found, self._pending = self._pending, []
        return found

    # --- reads for the window's status bar and dashboard -------------------------------------

    def outbox_counts(self) -> tuple[int, int]:
        """(waiting to be sent, needing the officer's decision): one source for every view."""
        counts = self.store.outbox.counts()
        waiting = counts.get(OutboxState.QUEUED, 0) + counts.get(OutboxState.SENDING, 0)
        return waiting, counts.get(OutboxState.NEEDS_ATTENTION, 0)

    def load_report(self, period: Period, *, months: int = DEFAULT_TREND_MONTHS) -> MonthlyReport:
        """The leadership report of ``period`` as of now."""
        return load_report(self.store, period, self.clock(), months=months)

    def signatory(self) -> Signatory:
        """The official who signs reports, from the settings."""
        s = self.settings
        return Signatory(s.official_position or "", s.official_name or "", s.official_nip or "")

    # --- the officer's writes ---------------------------------------------------------------

    def save_draft(self, complaint_id: int, payload: Mapping[str, object],
                   kind: ActionKind = ActionKind.FOLLOW_UP) -> Op[SaveResult]:
        """Autosave the editor's text into the complaint's open draft."""
        result = self.drafts.save(complaint_id, payload, kind)
        if result.version > 1:
            return Op(result)  # the same draft, newer text: no list or detail looks different
        return Op(result, Changes(complaints=frozenset({complaint_id}), drafts=True))

    def send_follow_up(self, complaint_id: int, text: str,
                       attachment_paths: Iterable[Path | str | Evidence] = (),
                       propose_close: bool = False) -> Op[str]:
        """Queue a follow-up (the Send button); the value is the outbox operation id."""
        op_id = self.drafts.send_follow_up(complaint_id, text, attachment_paths, propose_close)
        return Op(op_id, _queued(complaint_id))

    def queue_action(self, complaint_id: int, action: ActionInput) -> Op[str]:
        """Queue an action without a draft (note, bukan wewenang, acknowledgement)."""
        op_id = self.drafts.queue(complaint_id, action)
        return Op(op_id, _queued(complaint_id))

    def reply(self, tracking_id: str, text: str, attachment_paths: Iterable[Path | str] = (),
              propose_close: bool = False) -> Op[ReplyResult]:
        """Queue a follow-up by tracking id (``lapor-desktop reply``); every file goes through
        the same evidence preparation as the window's (metadata removed, downscaled)."""
        complaint = self.store.complaints.get_by_tracking_id(tracking_id.lstrip("#"))
        if complaint is None:
            raise KnownError(_("Laporan {tracking_id} tidak ada di profil ini. Jalankan 'lapor-desktop "
                                "sync' dahulu.").format(tracking_id=tracking_id))
        evidence = [prepare_evidence(path) for path in attachment_paths]
        op = self.send_follow_up(complaint.id, text, evidence, propose_close)
        return Op(ReplyResult(op.value, evidence), op.changes)

    def retry_now(self, op_id: str) -> Op[None]:
        """Send a waiting or refused action at the next pass (the ledger's "Kirim ulang")."""
        op = self.store.outbox.get(op_id)
        self.ledger.retry_now(op_id)
        self.data_budget.force(op_id)  # on demand: past metered mode's daily budget
        return Op(None, _queued(op.complaint_id if op else None))

    def resend(self, op_id: str, text: str | None) -> Op[None]:
        """Resend a refused action, optionally with a revised text."""
        op = self.store.outbox.get(op_id)
        self.ledger.resend(op_id, text)
        return Op(None, _queued(op.complaint_id if op else None))

    def skip(self, op_id: str) -> Op[None]:
        """Let a complaint's later actions go past a refused one (the ledger's "Lewati")."""
        op = self.store.outbox.get(op_id)
        self.ledger.skip(op_id)
        return Op(None, _queued(op.complaint_id if op else None))

    def discard(self, op_id: str) -> Op[int | None]:
        """Give an unsent action up; its text goes back to a draft."""
        op = self.store.outbox.get(op_id)
        draft_id = self.ledger.discard(op_id)
        ids = frozenset({op.complaint_id}) if op else frozenset()
        return Op(draft_id, Changes(complaints=ids, outbox=True, drafts=True))


    # --- serah terima (officer rotation) ------------------------------------------------------

    def import_handover(self, path: Path, password: str) -> Op[Any]:
        """Fill this profile from a predecessor's package (all or nothing)."""
        result = self.handover.import_package(path, password)
        return Op(result, Changes(everything=True, drafts=True, settings=True))

    def receive_handovers(self, password: str) -> Op[Any]:
        """Pick up and import packages handed to this officer through the server."""
        from lapor_desktop.workbench import handover_server

        received = handover_server.receive(self.session, self.handover, self.profile, password)
        return Op(received, Changes(everything=True, drafts=True, settings=True))

    def deposit_handover(self, path: Path, to_username: str) -> str:
        """Send a written package to a colleague through the server; returns its id."""
        from lapor_desktop.workbench import handover_server

        record = self.store.handover.get(_package_id(path))
        ids = [c["id"] for c in record.summary.get("complaints", [])] if record else []
        return handover_server.deposit(self.session, path, to_username, ids)

    def export_handover(self, path: Path, password: str, **options: Any) -> Op[Any]:
        """Write the handover package and lock what went over."""
        result = self.handover.export(path, password, **options)
        return Op(result, Changes(everything=True, drafts=True, outbox=True))


def _package_id(path: Path) -> str:
    from lapor_desktop.security.handover_seal import read_header

    return read_header(Path(path).read_bytes()).package_id


def _queued(complaint_id: int | None) -> Changes:
    ids = frozenset({complaint_id}) if complaint_id is not None else frozenset()
    return Changes(complaints=ids, outbox=True, drafts=True, queued=True)
