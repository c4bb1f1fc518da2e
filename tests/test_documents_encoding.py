"""Encodings: files written at test time from Python strings in legacy code pages and UTF-16."""

from __future__ import annotations

import codecs

import pytest

from claims.documents import load_document
from claims.encoding import BinaryData, decode_bytes

RUSSIAN = (
    "Новый закон\n\n"
    "Президент подписал закон, который позволяет обвиняемым избежать уголовной ответственности, "
    "если они заключат контракт с армией.\n"
    "По данным издания, около 20 000 человек могут отправить на фронт из следственных изоляторов.\n"
)
FRENCH = (
    "Une loi très contestée\n\n"
    "Le président a signé mercredi une loi qui permet aux prévenus d'échapper à la justice "
    "s'ils s'engagent dans l'armée; près de 20 000 détenus seraient concernés, selon la presse indépendante.\n"
)
GERMAN = "Größere Städte\n\nDie Regierung möchte 40 % der Häftlinge einziehen, heißt es in dem Bericht über Straßen.\n"


def write_bytes(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_windows_1251_russian(tmp_path):
    doc = load_document(write_bytes(tmp_path, "ru.txt", RUSSIAN.encode("cp1251")))
    assert doc.text == RUSSIAN
    assert doc.encoding == "cp1251"
    assert doc.title == "Новый закон"


def test_latin_1_french(tmp_path):
    doc = load_document(write_bytes(tmp_path, "fr.txt", FRENCH.encode("latin-1")))
    assert doc.text == FRENCH
    assert doc.encoding in {"cp1252", "latin_1", "iso8859_15"}


@pytest.mark.parametrize("text", ["Café déjà vu, naïve façade.\n", GERMAN])
def test_short_western_texts_in_latin_1(tmp_path, text):
    doc = load_document(write_bytes(tmp_path, "w.txt", text.encode("latin-1")))
    assert doc.text == text


def test_utf8_with_and_without_bom(tmp_path):
    plain = load_document(write_bytes(tmp_path, "a.txt", FRENCH.encode("utf-8")))
    assert (plain.text, plain.encoding) == (FRENCH, "utf-8")
    bom = load_document(write_bytes(tmp_path, "b.txt", codecs.BOM_UTF8 + FRENCH.encode("utf-8")))
    assert (bom.text, bom.encoding) == (FRENCH, "utf-8-sig")
    assert not bom.text.startswith("\ufeff")
    assert bom.paragraphs[0].start == 0


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_and_crlf(tmp_path, codec):
    text = RUSSIAN.replace("\n", "\r\n")
    data = text.encode(codec)
    if codec != "utf-16":  # the plain codec writes its own BOM
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    doc = load_document(write_bytes(tmp_path, "u16.txt", data))
    assert doc.text == RUSSIAN
    assert doc.encoding == "utf-16"


def test_utf16_without_bom(tmp_path):
    doc = load_document(write_bytes(tmp_path, "u16.md", FRENCH.encode("utf-16-le")))
    assert doc.text == FRENCH


def test_utf32_with_bom(tmp_path):
    doc = load_document(write_bytes(tmp_path, "u32.txt", GERMAN.encode("utf-32")))
    assert doc.text == GERMAN


def test_mostly_utf8_with_a_damaged_byte_stays_utf8(tmp_path):
    data = (RUSSIAN * 3).encode("utf-8") + b"\xff" + "конец.\n".encode()
    doc = load_document(write_bytes(tmp_path, "damaged.txt", data))
    assert doc.text.startswith(RUSSIAN)
    assert "\ufffd" in doc.text
    assert doc.encoding.startswith("utf-8")


def test_decode_bytes_contract():
    assert decode_bytes(b"a\r\nb\rc\n") == ("a\nb\nc\n", "utf-8")
    assert decode_bytes(b"abc\x00def") == ("abcdef", "utf-8")  # a stray NUL is dropped
    with pytest.raises(BinaryData):
        decode_bytes(b"abc" + b"\x00" * 9 + b"def")
    with pytest.raises(BinaryData):
        decode_bytes(bytes(range(1, 9)) * 20)
    assert decode_bytes("Привет".encode("cp1251"), declared="windows-1251") == ("Привет", "cp1251")


def test_a_few_stray_nul_bytes_are_dropped(tmp_path):
    raw = FRENCH.encode("utf-8")
    cut = raw.index(b"mercredi")
    doc = load_document(write_bytes(tmp_path, "nuls.txt", raw[:cut] + b"\x00" + raw[cut:] + b"\x00\x00"))
    assert doc.text == FRENCH


def test_many_nul_bytes_mean_binary(tmp_path):
    from claims.model import DocumentError

    with pytest.raises(DocumentError, match="binary file, not text"):
        load_document(write_bytes(tmp_path, "nuls.txt", FRENCH.encode("utf-8").replace(b" ", b"\x00")))


def test_damaged_utf8_with_few_accents_stays_utf8(tmp_path):
    raw = FRENCH.encode("utf-8")
    cut = raw.index(b"Le pr")
    doc = load_document(write_bytes(tmp_path, "damaged.txt", raw[:cut] + b"\xe2\x80 \xff" + raw[cut:]))
    assert "\ufffd" in doc.text
    assert "très contestée" in doc.text and "indépendante" in doc.text
