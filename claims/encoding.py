"""Turn a file's bytes into text: pick the encoding, refuse binary data, normalise newlines.

Strict UTF-8 is tried first (almost every file is UTF-8 or ASCII, and it is the fast
path); byte-order marks are honoured; anything else goes to charset-normalizer, which
is imported only then. The result always uses ``"\\n"`` newlines.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["DAMAGED_UTF8", "BinaryData", "UndecodableText", "decode_bytes", "normalise_newlines"]


class BinaryData(ValueError):
    """The bytes are not text at all (NUL bytes, mostly control characters)."""


class UndecodableText(ValueError):
    """The bytes look like text but no encoding decodes them sensibly."""


# Control bytes that never occur in ordinary text (tab, newline, CR, form feed and ESC do).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")  # with C1 controls

#: share of control characters above which a file counts as binary
_MAX_CONTROL_SHARE = 0.02
#: a text file may carry this many stray NUL bytes (dropped; the control-byte check still
#: applies to the rest); more, and it is binary
_MAX_STRAY_NULS = 8

_BOMS = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Preferred when charset-normalizer finds several encodings equally plausible:
# Western European text in a legacy code page is the common case for news files.
_PREFERENCE = ("cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250", "koi8_r", "iso8859_2", "mac_roman")

#: the encoding name of UTF-8 text whose few damaged bytes became U+FFFD
DAMAGED_UTF8 = "utf-8 (damaged bytes replaced)"
_DAMAGED_UTF8 = DAMAGED_UTF8

# Typographic characters that legitimately sit next to letters.
_WORD_PUNCT = set("“”‘’«»„‚–—…•€£°§±×·¡¿ªº\u00a0\u00ad")


def normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def decode_bytes(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``raw`` and return ``(text, encoding)``.

    ``declared`` is an encoding the file names for itself (an HTML ``<meta charset>``);
    it is tried after UTF-8 and before guessing. Raises :class:`BinaryData` or
    :class:`UndecodableText`.
    """
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw.decode(name), name), name
            except UnicodeDecodeError:
                break  # a broken file with a lucky first bytes: fall through to guessing
    if b"\x00" in raw:
        guess = _utf16_without_bom(raw)
        if guess is not None:
            return guess
        if raw.count(0) > _MAX_STRAY_NULS:
            raise BinaryData("binary file, not text")
        raw = raw.replace(b"\x00", b"")  # a few stray NULs in a text file (a bad copy, a buggy exporter)
    if _control_share_bytes(raw) > _MAX_CONTROL_SHARE:
        raise BinaryData("binary file, not text")
    try:
        return normalise_newlines(raw.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        codec = _codec_name(declared)
        if codec and codec not in ("utf_8", "utf_16", "utf_32"):
            try:
                return _checked(raw.decode(codec), codec), codec
            except (UnicodeDecodeError, BinaryData):
                pass
    mostly_utf8 = _mostly_utf8(raw)
    if mostly_utf8 is not None:
        return mostly_utf8
    return _guess(raw)


def _checked(text: str, name: str) -> str:
    text = normalise_newlines(text)
    if text and len(_CONTROL_CHARS.findall(text)) / len(text) > _MAX_CONTROL_SHARE:
        raise BinaryData("binary file, not text")
    return text


def _control_share_bytes(raw: bytes) -> float:
    if not raw:
        return 0.0
    return len(raw.translate(None, _NOT_CONTROL)) / len(raw)


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().strip("\"'")).name.replace("-", "_")
    except LookupError:
        return None


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark: NUL bytes in every other position."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even_nuls = raw[0::2].count(0)
    odd_nuls = raw[1::2].count(0)
    half = len(raw) // 2
    if odd_nuls > 0.7 * half and even_nuls < 0.05 * half:
        name = "utf-16-le"
    elif even_nuls > 0.7 * half and odd_nuls < 0.05 * half:
        name = "utf-16-be"
    else:
        return None
    try:
        return _checked(raw.decode(name), name), name
    except (UnicodeDecodeError, BinaryData):
        return None


def _mostly_utf8(raw: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few damaged bytes (a truncated download, one stray Latin-1 byte among
    many UTF-8 characters): keep UTF-8 and replace the damage instead of misreading the
    whole file in a legacy code page."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # valid multi-byte characters
    if good >= 3 and good >= 2 * bad:
        return normalise_newlines(text), _DAMAGED_UTF8
    return None


def _guess(raw: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # lazy: only non-UTF-8 files pay for it

    matches = list(from_bytes(raw))
    if not matches:
        # nothing fits: UTF-8 with the odd byte replaced is still readable if the damage is rare
        text = raw.decode("utf-8", errors="replace")
        if text.count("\ufffd") <= 0.02 * len(text):
            return normalise_newlines(text), _DAMAGED_UTF8
        raise UndecodableText("cannot tell the text encoding")
    least = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= least + 0.05]

    def rank(m) -> tuple:
        text = str(m)
        pref = _PREFERENCE.index(m.encoding) if m.encoding in _PREFERENCE else len(_PREFERENCE)
        return (_symbols_in_words(text), -round(m.coherence, 2), pref)

    best = min(close, key=rank)
    return _checked(str(best), best.encoding), best.encoding


def _symbols_in_words(text: str) -> int:
    """Count non-ASCII symbols glued to letters (``podpisa³``): the mark of a wrong code page."""
    text = text[:100_000]
    n = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128 or ch.isalpha() or ch.isspace() or ch in _WORD_PUNCT:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalpha() or after.isalpha():
            n += 1
    return n
