"""claims/ and store/ never import Textual; claims/ never imports TinyDB; start-up stays lean."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", ["claims", "claims.model", "claims.documents", "claims.pipeline"])
def test_claims_imports_neither_textual_nor_tinydb(module):
    mods = modules_after(f"import {module}")
    assert not any(m == "textual" or m.startswith("textual.") for m in mods)
    assert "tinydb" not in mods


@pytest.mark.parametrize("module", ["store", "store.annotations", "store.storage", "store.export", "store.agreement",
                                    "store.claimreview"])
def test_store_imports_no_textual(module):
    mods = modules_after(f"import {module}")
    assert not any(m == "textual" or m.startswith("textual.") for m in mods)


def test_dependencies_point_one_way():
    """claims imports nothing of store or tui; store imports nothing of tui."""
    import re

    for pkg, banned in (("claims", ("store", "tui")), ("store", ("tui",))):
        for path in (ROOT / pkg).rglob("*.py"):
            src = path.read_text(encoding="utf-8")
            for b in banned:
                assert not re.search(rf"^\s*(from|import)\s+{b}\b", src, re.M), f"{path} imports {b}"


def test_app_module_does_not_load_heavy_extractors():
    """Opening the app must not pay for the HTML extractor or the export code."""
    mods = modules_after("import tui.app, tui.screens.desk")
    assert "trafilatura" not in mods
    assert "store.export" not in mods


def test_opening_a_folder_does_not_import_the_loaders_parsers_before_the_app():
    """The command line checks a folder with the walk alone; boilerplate and encoding parsers wait."""
    from tui import cli

    mods = modules_after("import tui.cli, claims.doc_walk; claims.doc_walk.precheck_folder('sample_docs')")
    assert "claims.boilerplate" not in mods and "claims.encoding" not in mods
    assert "precheck_folder" in open(cli.__file__, encoding="utf-8").read()
