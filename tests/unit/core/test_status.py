"""The server status machine as the OPD sees it."""

from __future__ import annotations

import pytest

from lapor_desktop.core.errors import ActionNotAllowedError, KnownError
from lapor_desktop.core.models import ActionKind, LocalState, Status
from lapor_desktop.core.status import (
    LOCAL_STATE_LABELS,
    OPEN_STATUSES,
    STATUS_LABELS,
    allowed_actions,
    check_action,
)

A = ActionKind
# Sign-off (issue 15) goes wherever a follow-up may: submit, review or withdraw it.
SIGNOFF = {A.SUBMIT_SIGNOFF, A.APPROVE_SIGNOFF, A.RETURN_SIGNOFF, A.WITHDRAW_SIGNOFF}
EXPECTED: dict[Status, set[ActionKind]] = {
    Status.TERDISPOSISI: {A.FOLLOW_UP, A.INTERNAL_NOTE, A.BUKAN_WEWENANG} | SIGNOFF,
    Status.DITINDAKLANJUTI: {A.FOLLOW_UP, A.INTERNAL_NOTE} | SIGNOFF,
    Status.DITANGGAPI_PELAPOR: {A.FOLLOW_UP, A.INTERNAL_NOTE, A.ACKNOWLEDGE_REPLY} | SIGNOFF,
    Status.SELESAI: set(),
    Status.DIKEMBALIKAN: set(),
    Status.ARSIP: set(),
}
PAIRS = [(status, action) for status in Status for action in ActionKind]


@pytest.mark.parametrize("status", list(Status))
def test_allowed_actions_per_status(status: Status) -> None:
    assert allowed_actions(status) == EXPECTED[status]


@pytest.mark.parametrize(("status", "action"), PAIRS,
                         ids=[f"{s.value}-{a.value}" for s, a in PAIRS])
def test_check_action_agrees_with_allowed_actions(status: Status, action: ActionKind) -> None:
    if action in EXPECTED[status]:
        assert check_action(status, action) is None
    else:
        with pytest.raises(ActionNotAllowedError) as err:
            check_action(status, action)
        assert (err.value.status, err.value.action) == (status.value, action.value)
        assert STATUS_LABELS[status] in str(err.value)
        assert isinstance(err.value, KnownError)


def test_open_statuses_are_those_with_actions() -> None:
    assert {s for s in Status if allowed_actions(s)} == OPEN_STATUSES


def test_every_status_and_local_state_has_a_label() -> None:
    assert set(STATUS_LABELS) == set(Status)
    assert STATUS_LABELS[Status.DIKEMBALIKAN] == "Dikembalikan / Bukan Wewenang"
    assert set(LOCAL_STATE_LABELS) == set(LocalState)
    # Local states are never labelled like a server status.
    assert not set(LOCAL_STATE_LABELS.values()) & set(STATUS_LABELS.values())
