"""One officer per profile: a profile is bound at its first login to (server, officer, agency).

A second officer on the same PC gets a profile of their own, so nothing of one officer's
complaints (reporter names, phones, drafts) is ever shown to the next, and each profile's sync
cursor is its own. When the server moves the same officer to another agency, the old agency's
complaints leave the profile before the new agency's arrive.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import TimeZone
from lapor_desktop.protocol import OfficerInfo, tz_from_wire
from lapor_desktop.store.settings import OfficerProfile


class ProfileBoundError(KnownError):
    """A login as another officer, or to another server, on a profile that is already bound."""


def same_server(a: str | None, b: str | None) -> bool:
    """True when two server addresses name the same server (case and a trailing slash aside)."""
    if not a or not b:
        return False
    left, right = urlsplit(a.strip()), urlsplit(b.strip())
    return (left.scheme.lower(), left.netloc.lower(), left.path.rstrip("/")) == (
        right.scheme.lower(), right.netloc.lower(), right.path.rstrip("/"))


def check_login(bound: OfficerProfile | None, server_url: str, username: str, *,
                legacy_server: str | None = None, legacy_user: str | None = None,
                has_data: bool = False) -> None:
    """Refuse a login that would mix two officers' data in one profile; nothing is written.

    ``legacy_*`` are the server and user an older build saved in the settings of a profile that
    holds data but was never bound.
    """
    if bound is not None:
        if same_server(bound.server_url, server_url) and bound.username == username:
            return
        raise ProfileBoundError(
            _("Profil ini milik {value} ({agency_name}) di {server_url}. Petugas lain "
               "tidak dapat masuk di profil ini agar data pelapor tidak tercampur. Buat "
               "profil baru untuk {username}, misalnya: lapor-desktop --profile "
               "FOLDER_BARU login --server {server_url2} --user {username}")
               .format(
                       value=bound.display_name or bound.username, agency_name=bound.agency_name,
                       server_url=bound.server_url, username=username, server_url2=server_url))
    if has_data and legacy_user and (legacy_user != username
                                     or not same_server(legacy_server, server_url)):
        raise ProfileBoundError(
            _("Profil ini berisi data {legacy_user} dari {legacy_server}. Petugas lain "
               "tidak dapat masuk di profil ini agar data pelapor tidak tercampur. Buat "
               "profil baru untuk {username} (lapor-desktop --profile FOLDER_BARU ...).")
               .format(legacy_user=legacy_user, legacy_server=legacy_server, username=username))


def officer_profile(server_url: str, info: OfficerInfo) -> OfficerProfile:
    """What the profile remembers of its officer, from the server's answer."""
    try:
        tz = tz_from_wire(info.agency_timezone)
    except KeyError:
        tz = TimeZone.WIB
    return OfficerProfile(server_url=server_url, username=info.username,
                          display_name=info.display_name, agency_id=info.agency_id,
                          agency_name=info.agency_name, agency_timezone=tz,
                          role=info.role.value)


def reassigned(bound: OfficerProfile | None, info: OfficerInfo) -> bool:
    """True when the server now places the bound officer in another agency."""
    return bound is not None and bound.username == info.username \
        and bool(bound.agency_id) and bound.agency_id != info.agency_id
