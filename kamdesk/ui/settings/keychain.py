"""The database passphrase remembered in the operating system's keyring (`keyring`: the macOS
Keychain, Windows Credential Locker, the Secret Service on Linux), only when the user ticks
"Remember". Tests set keyring's fail backend (tests/conftest.py): never the real keyring.

A keyring that is missing or refuses is no error: the passphrase is then asked each time.
Nothing of the passphrase reaches the log.
"""

from __future__ import annotations

import logging
from pathlib import Path

SERVICE = "kamdesk database"
log = logging.getLogger(__name__)


def _account(path: Path) -> str:
    return str(Path(path).resolve())


def remembered(path: Path) -> str | None:
    """The passphrase remembered for the database at `path`, if any."""
    try:
        import keyring

        return keyring.get_password(SERVICE, _account(path))
    except Exception as exc:  # no keyring, a locked or refusing one: ask instead
        log.info("no passphrase from the keyring (%s)", type(exc).__name__)
        return None


def remember(path: Path, passphrase: str) -> bool:
    """Keep `passphrase` for `path` in the keyring; False when the keyring refused."""
    try:
        import keyring

        keyring.set_password(SERVICE, _account(path), passphrase)
    except Exception as exc:
        log.info("the keyring did not keep the passphrase (%s)", type(exc).__name__)
        return False
    return True


def forget(path: Path) -> None:
    """Drop the passphrase remembered for `path` (none remembered is fine)."""
    try:
        import keyring

        keyring.delete_password(SERVICE, _account(path))
    except Exception as exc:
        log.info("nothing to forget in the keyring (%s)", type(exc).__name__)
