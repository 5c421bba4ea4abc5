"""Guards the pinned Qt binding against a known-bad release.

PySide6-Essentials 6.12.0 drops a reference to ``True`` on every ``Signal.emit``; after a few
hundred signals Python deallocates ``True`` and aborts. The app emits thousands of signals a day.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    """A bare object with one signal."""

    #: Emitted by the test only.
    fired = Signal(int, object)


def test_signal_emit_keeps_reference_counts_intact(qapp):
    emitter = _Emitter()
    received = []
    emitter.fired.connect(lambda n, payload: received.append(n))
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.fired.emit(i, [i])
    assert received == list(range(200))
    # A correct binding leaves True's count where it was (allowing a little noise).
    assert abs(sys.getrefcount(True) - before) < 20
