"""The Qt-free application layer: one officer profile opened the same way by every door.

``Workbench`` owns the store, settings, credentials, session, sync engine and the services; its
writes return an ``Op`` with the ``Changes`` they made. ``doors`` opens it for the window, the
command line and training mode.
"""

from lapor_desktop.workbench.changes import Changes, Op
from lapor_desktop.workbench.workbench import LoginResult, Workbench

__all__ = ["Changes", "LoginResult", "Op", "Workbench"]
