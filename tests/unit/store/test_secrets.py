"""The server token lives in the encrypted store on PCs without a keyring, never in plaintext."""

from __future__ import annotations

import keyring.backends.null
import pytest

from lapor_desktop.core.errors import StoreError
from lapor_desktop.security.keys import TEST_PARAMS, create_vault
from lapor_desktop.store import open_store
from lapor_desktop.store.secrets import StoreTokenVault
from lapor_desktop.sync.credentials import CredentialStore

SERVER, USER, TOKEN = "https://lapor.contoh.go.id", "demo.kota-batam", "tok-9f8e7d6c5b4a"


def _no_keyring() -> CredentialStore:
    return CredentialStore(keyring.backends.null.Keyring())


def test_token_survives_a_restart_inside_the_encrypted_store(tmp_path):
    key = create_vault(tmp_path, "kata-sandi-profil", TEST_PARAMS)
    with open_store(tmp_path / "lapor.db", key) as store:
        credentials = _no_keyring()
        credentials.set_vault(StoreTokenVault(store))
        assert credentials.persistent
        assert credentials.save(SERVER, USER, TOKEN) is True
    # Next start: a fresh process has nothing in memory; the token comes from the store.
    with open_store(tmp_path / "lapor.db", key) as store:
        credentials = _no_keyring()
        credentials.set_vault(StoreTokenVault(store))
        assert credentials.load(SERVER, USER) == TOKEN
        credentials.delete(SERVER, USER)
        assert _no_keyring().load(SERVER, USER) is None
        assert StoreTokenVault(store).load(f"{USER}@{SERVER}") is None
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


def test_a_plaintext_store_keeps_no_secret(tmp_path):
    with open_store(tmp_path / "lapor.db") as store:
        assert not store.secrets.available
        assert StoreTokenVault(store).save(f"{USER}@{SERVER}", TOKEN) is False
        with pytest.raises(StoreError), store.transaction() as session:
            store.secrets.put(session, "token:x", TOKEN)
    assert TOKEN.encode() not in (tmp_path / "lapor.db").read_bytes()
    # Without a keyring and without a vault the token lasts for this process only.
    credentials = _no_keyring()
    assert credentials.save(SERVER, USER, TOKEN) is False
    assert credentials.load(SERVER, USER) == TOKEN
    assert _no_keyring().load(SERVER, USER) is None
