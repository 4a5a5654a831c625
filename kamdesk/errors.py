"""The error hierarchy: what the user can act on versus what is a bug."""


class KamdeskError(Exception):
    """Base of every error kamdesk raises on purpose."""


class UserError(KamdeskError):
    """A broken business rule or bad input; the message is shown to the user as is."""


class StorageError(KamdeskError):
    """The database cannot be used: not a database, corrupt, locked, full or too new."""


class InvalidFields(UserError):
    """Some fields break a rule; `problems` maps field name to the message shown beside it."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("\n".join(problems.values()))
        self.problems = problems


# What SQLite says of a file whose pages are damaged (or that is no database at all).
DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


def says_damaged(text: str) -> bool:
    """Whether an SQLite error's text says the file is damaged."""
    lowered = text.lower()
    return any(word in lowered for word in DAMAGE_WORDS)


class DamagedFile(StorageError):
    """The database file is damaged: the user is offered the newest good backup."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail  # what SQLite said


class PassphraseNeeded(StorageError):
    """The database file is encrypted and no passphrase was given for it."""


class WrongPassphrase(StorageError):
    """The passphrase given does not open the encrypted database file."""
