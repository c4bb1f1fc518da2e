"""A wheel install (not only editable) carries the sample articles and finds them with no argument."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_ships_the_samples_and_finds_them(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    (wheel,) = wheels.glob("claimdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for sample in (ROOT / "sample_docs").iterdir():
        assert f"tui/sample_docs/{sample.name}" in names
    assert "tui/app.tcss" in names
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    code = ("from tui import paths; d = paths.samples_dir(); "
            "import claims.documents as cd; docs, errs = cd.load_paths([d]); "
            "print(d); print(len(docs), len(errs))")
    env = dict(os.environ, PYTHONPATH=str(target))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=True, timeout=120)
    where, counts = out.stdout.split("\n")[:2]
    assert where.startswith(str(target))
    assert counts == "5 0"
