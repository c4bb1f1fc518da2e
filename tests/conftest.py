"""Shared fixtures. Every test runs with claimdesk's data and config folders in a temp dir."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("claimdesk-home")
    monkeypatch.setenv("CLAIMDESK_HOME", str(home))
    monkeypatch.delenv("CLAIMDESK_DB", raising=False)
    monkeypatch.delenv("CLAIMDESK_CONFIG", raising=False)
    monkeypatch.setenv("CLAIMDESK_EDITOR", "test-editor")
    return home


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the shared seed articles are not here ({SEEDS})")
    return SEEDS
