"""The training tool's leave-one-event-out report at the shipped thresholds (``--at-shipped-thresholds``): the
README's "leave-one-event-out, shipped thresholds" column comes from it."""

from __future__ import annotations

from pathlib import Path

from benchmarks import train_align as T


def test_leave_one_event_out_holds_the_shipped_thresholds_and_writes_nothing():
    from claims import align as A
    from claims import align_model

    model_file = Path(align_model.__file__)
    before = model_file.read_bytes()
    shipped = {k: getattr(align_model, k) for k in ("AGREE_THRESHOLD", "DIFFER_THRESHOLD", "PROP_THRESHOLD")}
    sets = {s[0]: s for s in T.gold_sets()}
    train = [T.EventData(*sets[n]) for n in ("samples", "airline_strike", "court_ruling")]
    held = [T.EventData(*sets["holdout_wildfire"])]
    saved = {k: getattr(A, k) for k in ("AGREE_WEIGHTS", "DIFFER_WEIGHTS", "PROP_WEIGHTS", *shipped)}
    try:
        lines = T.loo_at_thresholds(train, held)
        assert {k: getattr(A, k) for k in shipped} == shipped  # the thresholds were held, not chosen
    finally:
        T.install(saved)
    assert [ln.split()[0] for ln in lines] == ["samples", "airline_strike", "court_ruling", "total",
                                              "holdout_wildfire"]
    # the total sums the three folds
    agreed = [int(ln.split("agree ")[1].split("/")[0]) for ln in lines[:4]]
    assert agreed[3] == sum(agreed[:3]) and agreed[3] > 0
    assert model_file.read_bytes() == before
