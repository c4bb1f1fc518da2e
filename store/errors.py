"""The store's exceptions. ``str()`` of each is one line naming the file and why."""

from __future__ import annotations


class StoreError(Exception):
    """The annotation store cannot be opened, read or saved."""

    def __init__(self, message: str, *, path: object = None, reason: str = ""):
        super().__init__(message)
        self.path = path
        self.reason = reason or message


class StoreLocked(StoreError):
    """A write was refused because another live claimdesk process holds the store's lock."""

    def __init__(self, message: str, *, path: object = None, pid: int | None = None):
        super().__init__(message, path=path, reason="locked")
        self.pid = pid


class CorruptStore(StoreError):
    """The file (or its journal) could not be parsed; nothing was modified."""


class SaveError(StoreError):
    """A change could not be made durable; it was rolled back in memory and on disk."""


class JournalDamaged(CorruptStore):
    """A complete journal line fails its checksum: the store holds only what precedes it.

    ``damage`` is the ``store.storage.JournalDamage`` (line, byte offset, reason). Nothing
    was written; ``store.repair`` keeps what precedes the damage after copying the journal aside.
    """

    def __init__(self, message: str, *, path: object = None, damage: object = None):
        super().__init__(message, path=path, reason="damaged journal")
        self.damage = damage


class DuplicateIds(CorruptStore):
    """Two or more annotation records share one id, so an edit could land on the wrong one.

    ``ids`` maps each repeated id to the ``(table, record key)`` places that hold it.
    ``store.repair.repair_store`` gives each record its own id and keeps every one.
    """

    def __init__(self, message: str, *, path: object = None, ids: dict[str, list[tuple[str, str]]] | None = None):
        super().__init__(message, path=path, reason="duplicate annotation ids")
        self.ids = ids or {}


class NotAllowed(StoreError):
    """The change is not this editor's to make (an adjudication when the project names other leads)."""


class ImportRefused(StoreError):
    """A file given to import is not an export of annotations; nothing was imported. ``str()`` names
    the file (and the line) and why."""


class SyncError(StoreError):
    """A sync with a CouchDB server could not finish. What it did before failing is durable and
    the next sync resumes from there. The message names the server without credentials."""

