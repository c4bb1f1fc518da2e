"""JSON text that stays one line per record and inert in a terminal.

``json.dumps(..., ensure_ascii=False)`` escapes only what JSON requires (C0 controls, ``"``
and ``\\``). Everything else is written raw, including characters that break line-based
readers (U+2028 and U+2029, which JavaScript and many JSONL tools treat as line ends, and
NEL U+0085, a line end to ``str.splitlines`` and to some terminals), DEL and the C1 controls
(U+009B is a one-character CSI: ``cat`` of the file would start an escape sequence),
bidirectional overrides (they reorder what the reader sees), and lone surrogates (UTF-8
cannot carry them, so encoding the output would fail). :func:`json_text` writes those as
``\\uXXXX`` escapes: the same JSON value, read back identically by any parser.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["JSON_ESCAPED", "json_text"]

#: written as ``\\uXXXX`` although JSON allows them raw
JSON_ESCAPED = re.compile("[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def json_text(value: Any, **kwargs: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, allow_nan=False, **kwargs)`` with the characters
    in :data:`JSON_ESCAPED` escaped (see the module doc). ``kwargs`` go to ``json.dumps``."""
    kwargs.setdefault("ensure_ascii", False)
    kwargs.setdefault("allow_nan", False)
    return JSON_ESCAPED.sub(_escape, json.dumps(value, **kwargs))
