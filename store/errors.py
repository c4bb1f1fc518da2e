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
