"""One writer per store: an exclusive ``fcntl.flock`` on ``<store>.lock``.

flock belongs to the open file, so the kernel drops it when the process dies however it
dies (SIGKILL, power loss of a network client aside): a crashed claimdesk never leaves the
store stuck. The holder writes its pid into the file so a second claimdesk can say who has
it. The lock file is never deleted (deleting it would let two processes lock two different
files of the same name).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path


class StoreLock:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock without waiting: True if taken, False if another process holds it.

        Raises OSError when the lock file cannot be created or opened.
        """
        if self._fd is not None:
            return True
        from store.storage import open_regular

        # never through a link, never a FIFO or device (FileRefused, an OSError, names what it is)
        fd = open_regular(self.path, os.O_RDWR | os.O_CREAT, what="a lock file")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError:
            os.close(fd)
            raise
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return True

    def holder(self) -> int | None:
        """The pid written by whoever holds the lock (None if unknown). Reads at most 32 bytes
        of a regular file: a lock file swapped for a FIFO or a device cannot block this."""
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
