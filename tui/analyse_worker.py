"""Loading and analysis in their own process, streamed back to the desk.

``python -m tui.analyse_worker PATH...`` writes length-prefixed pickled frames on stdout:
``("item", Document | DocumentError message)`` for each file as it loads (same order and ids
as ``claims.documents.iter_load``), then ``("model", DeskModel)``, or ``("fail", message)``.
Used for large article sets so the CPU-bound parsing, extraction and alignment never hold
the GIL the screen needs. Plain pipes rather than multiprocessing: Textual replaces
sys.stderr while it runs, which multiprocessing's spawn cannot pass to a child.
"""

from __future__ import annotations

import pickle
import struct
import sys
from collections.abc import Iterator

_LEN = struct.Struct(">Q")


def write_frame(out, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LEN.pack(len(data)))
    out.write(data)
    out.flush()


def read_frames(stream) -> Iterator[tuple]:
    while True:
        head = stream.read(_LEN.size)
        if len(head) < _LEN.size:
            return
        (n,) = _LEN.unpack(head)
        data = stream.read(n)
        if len(data) < n:
            return
        yield pickle.loads(data)


def main(argv: list[str]) -> int:
    out = sys.stdout.buffer
    try:
        from claims.documents import iter_load
        from claims.model import Document
        from tui.desk_model import build_model

        docs = []
        for item in iter_load(argv):
            if isinstance(item, Document):
                docs.append(item)
                write_frame(out, ("item", item))
            else:
                write_frame(out, ("item", str(item)))
        write_frame(out, ("model", build_model(docs) if docs else None))
    except BrokenPipeError:  # the desk quit: nobody is listening
        return 0
    except Exception as e:  # reported to the desk, which then does the work itself
        write_frame(out, ("fail", f"{e.__class__.__name__}: {e}"))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
