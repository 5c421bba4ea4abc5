"""An outdated app is told to upgrade, keeps its outbox, and delivers once upgraded (issue 8)."""

from __future__ import annotations

import json

from lapor_desktop.core.models import ActionKind
from lapor_desktop.server.testing import LiveServer
from lapor_desktop.store.outbox import OutboxState
from lapor_desktop.sync import client as client_module
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.sync.report import Outcome
from lapor_desktop.workbench.wipe import export_unsent
from tests.sync_helpers import FOLLOW_UP_TEXT, ClientProfile, ServerWorld


def test_outdated_client_keeps_outbox_and_syncs_after_upgrade(tmp_path, monkeypatch):
    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    world = ServerWorld.create(db_url)
    (cid,) = world.dispose(1)
    with LiveServer(db_url) as server:
        profile = ClientProfile(tmp_path / "profil", server.url)
        assert profile.engine.run_once().outcome is Outcome.DELIVERED
        op_id = queue_action(profile.store, cid,
                             ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT))
        profile.close()

    # The agency's server now requires a newer app than the one installed.
    with LiveServer(db_url, min_client_version="99.0.0") as server:
        profile = ClientProfile(tmp_path / "profil", server.url)
        report = profile.engine.run_once()
        assert report.outcome is Outcome.OUTDATED_CLIENT
        assert "Perbarui aplikasi" in report.error_message
        assert profile.store.outbox.get(op_id).state is OutboxState.QUEUED
        assert world.follow_ups(cid) == 0
        # The waiting work can be exported while the app cannot sync.
        exported = tmp_path / "belum-terkirim.json"
        assert export_unsent(profile.store, exported) >= 1
        assert FOLLOW_UP_TEXT in json.dumps(json.loads(exported.read_text()))

        # The officer installs the new version: same profile, newer code.
        monkeypatch.setattr(client_module, "__version__", "99.0.0")
        profile.engine.reset_client()
        assert profile.engine.run_once().outcome is Outcome.DELIVERED
        op = profile.store.outbox.get(op_id)
        assert op.state is OutboxState.ACCEPTED and op.receipt_number
        assert world.follow_ups(cid) == 1
        profile.close()
    world.db.dispose()
