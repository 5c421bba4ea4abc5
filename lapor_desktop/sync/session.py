"""Who talks to which server: builds logged-in clients from the settings and the token store.

The token comes from the :class:`CredentialStore` (keyring, or this process's memory). A headless
run with no usable token logs in again with ``LAPOR_PASSWORD`` if it is set. The token is never
written anywhere else, and never logged.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping

from lapor_desktop.core.i18n import _
from lapor_desktop.protocol import LoginResponse
from lapor_desktop.sync import errors
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.sync.credentials import PASSWORD_ENV, CredentialStore
from lapor_desktop.sync.http import DEFAULT_TIMEOUT, HttpTransport
from lapor_desktop.sync.link_meter import LinkMeter

log = logging.getLogger(__name__)
LOGOUT_TIMEOUT = (3.0, 5.0)


class NotConfigured(errors.LoginRequired):
    """No server or user is set for this profile yet."""


class SyncSession:
    """Makes :class:`SyncClient` objects for one (server, user); pass :meth:`client` and
    :meth:`reauthenticate` to :class:`~lapor_desktop.sync.engine.SyncEngine`."""

    def __init__(self, server_url: str | None, username: str | None,
                 credentials: CredentialStore, *, ca_bundle: str | None = None,
                 env: Mapping[str, str] | None = None,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 transport_factory: Callable[[str], HttpTransport] | None = None) -> None:
        self.server_url = server_url
        self.username = username
        self.credentials = credentials
        self.ca_bundle = ca_bundle
        self._env = os.environ if env is None else env
        self._timeout = timeout
        self._transport_factory = transport_factory
        #: The measured link speed: every transport of this session feeds it (upload chunks).
        self.link_meter = LinkMeter()

    def _transport(self) -> HttpTransport:
        if not self.server_url or not self.username:
            raise NotConfigured(_("Profil ini belum terhubung ke server. Jalankan "
                                "'lapor-desktop login --server URL --user NAMA' terlebih dahulu."))
        if self._transport_factory is not None:
            transport = self._transport_factory(self.server_url)
        else:
            transport = HttpTransport(self.server_url, ca_bundle=self.ca_bundle,
                                      timeout=self._timeout)
        transport.link_meter = self.link_meter
        return transport

    def login(self, password: str) -> tuple[SyncClient, LoginResponse, bool]:
        """Log in with ``password``; returns the client, the server's answer, and whether the
        token was saved for later runs (False: no keyring, kept in memory only)."""
        client = SyncClient(self._transport())
        try:
            answer = client.login(self.username or "", password)
        except BaseException:
            client.close()
            raise
        saved = self.credentials.save(self.server_url or "", self.username or "", answer.token)
        return client, answer, saved

    def logout(self, *, timeout: tuple[float, float] = LOGOUT_TIMEOUT) -> bool:
        """Revoke the stored token on the server, then forget it here.

        Returns True when the server confirmed (or already did not know the token), False when
        it could not be reached: the token is forgotten locally anyway and expires on the server
        within its lifetime (12 hours on the reference server). Short timeouts: the officer is
        leaving, possibly offline.
        """
        return self.revoke(self.forget_token(), timeout=timeout)

    def forget_token(self) -> str | None:
        """Forget the stored token here (no network); returns it for :meth:`revoke`."""
        if not self.server_url or not self.username:
            return None
        token = self.credentials.load(self.server_url, self.username)
        self.credentials.delete(self.server_url, self.username)
        return token

    def revoke(self, token: str | None, *,
               timeout: tuple[float, float] = LOGOUT_TIMEOUT) -> bool:
        """Ask the server to revoke ``token`` (network: run it off the GUI thread)."""
        if not token or not self.server_url:
            return True
        transport = (self._transport_factory(self.server_url) if self._transport_factory
                     else HttpTransport(self.server_url, ca_bundle=self.ca_bundle,
                                        timeout=timeout))
        client = SyncClient(transport, token)
        try:
            client.logout()
        except errors.SyncError as exc:
            log.warning("token not revoked on the server: %s", type(exc).__name__)
            return False
        finally:
            client.close()
        return True

    def client(self) -> SyncClient:
        """A client with a token: the stored one, else a fresh login from ``LAPOR_PASSWORD``."""
        transport = self._transport()
        token = self.credentials.load(self.server_url or "", self.username or "")
        if token:
            return SyncClient(transport, token)
        transport.close()
        fresh = self._password_login()
        if fresh is None:
            raise errors.LoginRequired(
                _("Belum masuk ke server. Jalankan 'lapor-desktop login' atau setel "
                   "{PASSWORD_ENV} untuk sinkronisasi otomatis.").format(PASSWORD_ENV=PASSWORD_ENV))
        return fresh

    def reauthenticate(self) -> SyncClient | None:
        """After a 401: forget the dead token and log in again if a password is available."""
        if self.server_url and self.username:
            self.credentials.delete(self.server_url, self.username)
        return self._password_login()

    def _password_login(self) -> SyncClient | None:
        password = self._env.get(PASSWORD_ENV)
        if not password:
            return None
        client, _answer, _saved = self.login(password)
        log.info("logged in again from %s for %s", PASSWORD_ENV, self.username)
        return client

    def probe(self) -> bool | None:
        """Is the server reachable right now? One unauthenticated health request.

        True: it answered (even "update the app"); False: network trouble, timeout or a 5xx;
        None: no server configured. Never raises for server or network trouble.
        """
        try:
            client = SyncClient(self._transport())
        except NotConfigured:
            return None
        try:
            client.health()
            return True
        except (errors.NetworkError, errors.RequestTimeout, errors.ServerError):
            return False
        except errors.SyncError:
            return True  # it answered, just not with good news; the next pass says what
        finally:
            client.close()
