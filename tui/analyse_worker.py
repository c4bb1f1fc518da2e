"""The analysis in its own process: pickled documents in on stdin, the pickled DeskModel out on stdout.

Used for large article sets so the CPU-bound extraction and alignment never hold the GIL
the screen needs. Plain pipes rather than multiprocessing: Textual replaces sys.stderr
while it runs, which multiprocessing's spawn cannot pass to a child.
"""

from __future__ import annotations

import pickle
import sys


def main() -> int:
    from tui.desk_model import build_model

    docs = pickle.load(sys.stdin.buffer)
    model = build_model(docs)
    sys.stdout.buffer.write(pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
