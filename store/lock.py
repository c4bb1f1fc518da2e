"""Locks on a store, with ``fcntl.flock`` (the kernel drops them when a process dies, however it dies).

Two files beside a store at ``NAME``:

``NAME.lock`` — the append lock (:class:`AppendLock`)
    Exclusive, held only while one writer catches up with the journal and appends its change
    (a millisecond or so), and while a compaction installs its new snapshot. Any number of
    claimdesk processes write one store this way; each waits its turn for the append only.
``NAME.writers`` — presence (:class:`StoreLock` with ``shared=True``)
    Every store open for writing holds it shared for its whole session. Maintenance that must
    have the store to itself (``store.repair``) takes it exclusively, without waiting, and is
    refused while any desk has the store open for writing.

flock belongs to the open file description, so two stores opened in one process exclude each
other like two processes do. Lock files are never deleted (deleting one would let two
processes lock two different files of the same name). A lock file must be a regular file: a
FIFO, device or link in its place is refused (``store.storage.open_regular``).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path


class StoreLock:
    """A flock held for a while (a session, a repair): exclusive, or ``shared=True``."""

    def __init__(self, path: Path, *, shared: bool = False):
        self.path = Path(path)
        self.shared = shared
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock without waiting: True if taken, False if another holder excludes it.

        Raises OSError when the lock file cannot be created or opened (FileRefused, an OSError,
        when it is not a regular file).
        """
        if self._fd is not None:
            return True
        from store.storage import open_regular

        fd = open_regular(self.path, os.O_RDWR | os.O_CREAT, what="a lock file")
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if self.shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError:
            os.close(fd)
            raise
        if not self.shared:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return True

    def holder(self) -> int | None:
        """The pid written by the exclusive holder (None if unknown). Reads at most 32 bytes of a
        regular file: a lock file swapped for a FIFO or a device cannot block this."""
        from store.storage import open_regular

        try:
            fd = open_regular(self.path, os.O_RDONLY, what="a lock file", blocking=False)
        except OSError:
            return None
        try:
            text = os.read(fd, 32).decode("ascii", errors="replace").strip()
        except OSError:
            return None
        finally:
            os.close(fd)
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        with contextlib.suppress(OSError):
            os.close(fd)


class LockTimeout(OSError):
    """The append lock stayed taken for longer than a writer waits (a hung process holds it)."""


class AppendLock:
    """The exclusive lock a writer holds for one append: the file stays open for the session,
    only the flock is taken and dropped. Not re-entrant (the storage counts nesting)."""

    #: how long a writer waits for another process's append before giving up with an error
    TIMEOUT = 10.0

    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None
        self.locked = False

    def open(self) -> None:
        """Open (creating) the lock file. Raises OSError (FileRefused for a FIFO, a link...)."""
        if self._fd is None:
            from store.storage import open_regular

            self._fd = open_regular(self.path, os.O_RDWR | os.O_CREAT, what="a lock file")

    def lock(self, timeout: float | None = None) -> None:
        """Take the lock, waiting for another writer's append (polling, so it can give up):
        LockTimeout after ``timeout`` seconds."""
        self.open()
        assert self._fd is not None
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.locked = True
            return
        except BlockingIOError:
            pass
        deadline = time.monotonic() + (self.TIMEOUT if timeout is None else timeout)
        pause = 0.0002
        while True:
            time.sleep(pause)
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self.locked = True
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    holder = StoreLock(self.path).holder()
                    who = f" (pid {holder})" if holder else ""
                    raise LockTimeout(f"another program{who} has held the store's lock for more than "
                                      f"{self.TIMEOUT if timeout is None else timeout:g} s") from None
                pause = min(pause * 2, 0.005)

    def unlock(self) -> None:
        if self._fd is not None and self.locked:
            self.locked = False
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        self.unlock()
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.close(fd)
