"""The error hierarchy: what the user can act on versus what is a bug."""


class KamdeskError(Exception):
    """Base of every error kamdesk raises on purpose."""


class UserError(KamdeskError):
    """A broken business rule or bad input; the message is shown to the user as is."""


class StorageError(KamdeskError):
    """The database cannot be used: not a database, corrupt, locked, full or too new."""
