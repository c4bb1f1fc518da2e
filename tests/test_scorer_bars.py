"""The quality bars of the claim engine, measured in-process with the vendored scorer.

The target (issue 8, stated for the 56 seed claims under ../shared/eval/RELATIONS.md, and applied
as the same proportions to every gold file): >= 53/56 gold claims found, no boilerplate claim,
>= 34/38 agreeing pairs, every conflict or update pair, no trap pair linked, link precision
(correct / judged) >= 0.90, and no extracted claim holding two gold claims.

Each gold set is held at least at its FLOOR (the figures measured when the floor was last raised);
sets in MEETS_TARGET are held at the full target. Raise a floor whenever the engine improves; lower one
only for a trade measured on the held-out events and named in the commit that makes it (a class of links that
is mostly wrong on news the engine has not seen, dropped with the few right ones in it).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from benchmarks.goldsets import gold_sets
from tests import score_claims
from tests.conftest import SHARED


def score(paths: list[Path], gold: Path, tmp_path: Path, capsys) -> dict:
    from claims.documents import load_paths
    from claims.pipeline import analyse

    docs, errors = load_paths([str(p) for p in paths])
    assert not errors, errors
    run = tmp_path / "run.json"
    run.write_text(json.dumps(analyse(docs).to_json(), ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    score_claims.main([str(gold), str(run), "--json"])
    return json.loads(capsys.readouterr().out)


def target_failures(f: dict) -> list[str]:
    """What keeps a score from the issue's target (empty when it meets it)."""
    out = []
    if f["claims_found"] < math.ceil(f["claims_gold"] * 53 / 56):
        out.append("claims")
    if f["merged_claims"]:
        out.append("merged")
    if f["boilerplate_claims"]:
        out.append("boilerplate")
    if f["agree_found"] < math.ceil(f["agree_gold"] * 34 / 38):
        out.append("agree")
    if f["conflict_found"] < f["conflict_gold"]:
        out.append("differs")
    if f["trap_links"]:
        out.append("traps")
    if f["links_judged"] and f["links_correct"] / f["links_judged"] < 0.90:
        out.append("precision")
    return out


def assert_floor(f: dict, floor: dict) -> None:
    report = json.dumps(f)
    assert f["claims_found"] >= floor["claims_found"], report
    assert f["merged_claims"] <= floor.get("merged_claims", 0), report
    assert f["boilerplate_claims"] <= floor["boilerplate_claims"], report
    assert f["agree_found"] >= floor["agree_found"], report
    assert f["conflict_found"] >= floor["conflict_found"], report
    assert f["trap_links"] <= floor["trap_links"], report
    if f["links_judged"]:
        assert f["links_correct"] / f["links_judged"] >= floor["precision"], report


#: the figures each gold set must not fall below (raised as the engine improves)
FLOORS: dict[str, dict] = {
    "seeds": {"claims_found": 56, "boilerplate_claims": 0, "agree_found": 34, "conflict_found": 4, "trap_links": 0, "precision": 0.995, "merged_claims": 0},
    "samples": {"claims_found": 60, "boilerplate_claims": 0, "agree_found": 29, "conflict_found": 5, "trap_links": 0, "precision": 0.995, "merged_claims": 0},
    "airline_strike": {"claims_found": 75, "boilerplate_claims": 0, "agree_found": 32, "conflict_found": 7, "trap_links": 0, "precision": 0.975, "merged_claims": 0},
    "central_bank": {"claims_found": 72, "boilerplate_claims": 0, "agree_found": 49, "conflict_found": 11, "trap_links": 0, "precision": 0.995, "merged_claims": 0},
    "company_results": {"claims_found": 86, "boilerplate_claims": 0, "agree_found": 49, "conflict_found": 11, "trap_links": 0, "precision": 0.983, "merged_claims": 0},
    "court_ruling": {"claims_found": 74, "boilerplate_claims": 0, "agree_found": 54, "conflict_found": 18, "trap_links": 0, "precision": 0.995, "merged_claims": 0},
    "drug_approval": {"claims_found": 90, "boilerplate_claims": 0, "agree_found": 35, "conflict_found": 15, "trap_links": 0, "precision": 0.943, "merged_claims": 0},
    "election_results": {"claims_found": 89, "boilerplate_claims": 0, "agree_found": 30, "conflict_found": 13, "trap_links": 0, "precision": 0.895, "merged_claims": 0},
    "flood_disaster": {"claims_found": 78, "boilerplate_claims": 0, "agree_found": 31, "conflict_found": 33, "trap_links": 0, "precision": 0.995, "merged_claims": 0},
    "football_transfer": {"claims_found": 106, "boilerplate_claims": 0, "agree_found": 31, "conflict_found": 6, "trap_links": 1, "precision": 0.925, "merged_claims": 3},
    "health_report": {"claims_found": 72, "boilerplate_claims": 0, "agree_found": 32, "conflict_found": 26, "trap_links": 0, "precision": 0.995, "merged_claims": 0},
    "heatwave": {"claims_found": 101, "boilerplate_claims": 0, "agree_found": 44, "conflict_found": 30, "trap_links": 2, "precision": 0.925, "merged_claims": 0},
    "merger_approval": {"claims_found": 102, "boilerplate_claims": 0, "agree_found": 42, "conflict_found": 13, "trap_links": 0, "precision": 0.995, "merged_claims": 0},
    "mine_collapse": {"claims_found": 90, "boilerplate_claims": 0, "agree_found": 21, "conflict_found": 21, "trap_links": 1, "precision": 0.976, "merged_claims": 1},
    "national_budget": {"claims_found": 77, "boilerplate_claims": 0, "agree_found": 37, "conflict_found": 17, "trap_links": 0, "precision": 0.915, "merged_claims": 0},
    "power_blackout": {"claims_found": 107, "boilerplate_claims": 0, "agree_found": 36, "conflict_found": 49, "trap_links": 0, "precision": 0.977, "merged_claims": 2},
    "earthquake": {"claims_found": 93, "boilerplate_claims": 0, "agree_found": 28, "conflict_found": 52, "trap_links": 2, "precision": 0.963, "merged_claims": 0},
    "airport_outage": {"claims_found": 97, "boilerplate_claims": 0, "agree_found": 34, "conflict_found": 19, "trap_links": 1, "precision": 0.913, "merged_claims": 0},
    "oil_spill": {"claims_found": 101, "boilerplate_claims": 0, "agree_found": 24, "conflict_found": 51, "trap_links": 3, "precision": 0.914, "merged_claims": 3},
    "rocket_launch": {"claims_found": 95, "boilerplate_claims": 0, "agree_found": 27, "conflict_found": 12, "trap_links": 1, "precision": 0.866, "merged_claims": 1},
    "prisoner_exchange": {"claims_found": 102, "boilerplate_claims": 0, "agree_found": 41, "conflict_found": 11, "trap_links": 0, "precision": 0.852, "merged_claims": 1},
    "product_recall": {"claims_found": 78, "boilerplate_claims": 0, "agree_found": 42, "conflict_found": 18, "trap_links": 0, "precision": 0.967, "merged_claims": 0},
    "protest_march": {"claims_found": 81, "boilerplate_claims": 0, "agree_found": 38, "conflict_found": 25, "trap_links": 0, "precision": 0.995, "merged_claims": 0},
    "rail_crash": {"claims_found": 76, "boilerplate_claims": 0, "agree_found": 22, "conflict_found": 29, "trap_links": 0, "precision": 0.98, "merged_claims": 0},
    "science_study": {"claims_found": 72, "boilerplate_claims": 0, "agree_found": 49, "conflict_found": 2, "trap_links": 0, "precision": 0.962, "merged_claims": 0},
    "tech_layoffs": {"claims_found": 90, "boilerplate_claims": 0, "agree_found": 29, "conflict_found": 19, "trap_links": 1, "precision": 0.923, "merged_claims": 0},
    "teachers_strike": {"claims_found": 64, "boilerplate_claims": 0, "agree_found": 26, "conflict_found": 17, "trap_links": 0, "precision": 0.995, "merged_claims": 0},
    "inflation_report": {"claims_found": 102, "boilerplate_claims": 0, "agree_found": 63, "conflict_found": 2, "trap_links": 1, "precision": 0.915, "merged_claims": 2},
    "cyclone_landfall": {"claims_found": 104, "boilerplate_claims": 0, "agree_found": 27, "conflict_found": 69, "trap_links": 3, "precision": 0.914, "merged_claims": 2},
    "doping_ban": {"claims_found": 98, "boilerplate_claims": 0, "agree_found": 42, "conflict_found": 14, "trap_links": 0, "precision": 0.965, "merged_claims": 0},
    "volcano_eruption": {"claims_found": 83, "boilerplate_claims": 0, "agree_found": 31, "conflict_found": 42, "trap_links": 2, "precision": 0.973, "merged_claims": 0},
    "bridge_collapse": {"claims_found": 102, "boilerplate_claims": 0, "agree_found": 21, "conflict_found": 36, "trap_links": 0, "precision": 0.966, "merged_claims": 1},
    "fraud_trial": {"claims_found": 100, "boilerplate_claims": 0, "agree_found": 47, "conflict_found": 16, "trap_links": 1, "precision": 0.94, "merged_claims": 0},
    "drought_harvest": {"claims_found": 88, "boilerplate_claims": 0, "agree_found": 25, "conflict_found": 10, "trap_links": 2, "precision": 0.853, "merged_claims": 10},
    "jobs_report": {"claims_found": 114, "boilerplate_claims": 0, "agree_found": 55, "conflict_found": 7, "trap_links": 0, "precision": 0.911, "merged_claims": 0},
    "canal_blockage": {"claims_found": 128, "boilerplate_claims": 0, "agree_found": 25, "conflict_found": 18, "trap_links": 1, "precision": 0.843, "merged_claims": 0},
    "exam_results": {"claims_found": 120, "boilerplate_claims": 0, "agree_found": 50, "conflict_found": 7, "trap_links": 0, "precision": 0.876, "merged_claims": 0},
    "minimum_wage": {"claims_found": 120, "boilerplate_claims": 0, "agree_found": 67, "conflict_found": 16, "trap_links": 1, "precision": 0.838, "merged_claims": 0},
    "tower_fire": {"claims_found": 123, "boilerplate_claims": 0, "agree_found": 39, "conflict_found": 39, "trap_links": 1, "precision": 0.962, "merged_claims": 0},
    "crime_figures": {"claims_found": 117, "boilerplate_claims": 0, "agree_found": 70, "conflict_found": 10, "trap_links": 2, "precision": 0.683, "merged_claims": 0},
    "cruise_outbreak": {"claims_found": 104, "boilerplate_claims": 0, "agree_found": 29, "conflict_found": 20, "trap_links": 2, "precision": 0.816, "merged_claims": 0},
    "share_listing": {"claims_found": 111, "boilerplate_claims": 0, "agree_found": 42, "conflict_found": 16, "trap_links": 5, "precision": 0.69, "merged_claims": 0},
    "bird_flu_cull": {"claims_found": 113, "boilerplate_claims": 1, "agree_found": 53, "conflict_found": 20, "trap_links": 1, "precision": 0.935, "merged_claims": 0},
    "telecom_fine": {"claims_found": 122, "boilerplate_claims": 1, "agree_found": 73, "conflict_found": 17, "trap_links": 4, "precision": 0.833, "merged_claims": 0},
    "drug_seizure": {"claims_found": 126, "boilerplate_claims": 0, "agree_found": 39, "conflict_found": 22, "trap_links": 1, "precision": 0.782, "merged_claims": 0},
    "fare_rise": {"claims_found": 115, "boilerplate_claims": 0, "agree_found": 59, "conflict_found": 13, "trap_links": 6, "precision": 0.699, "merged_claims": 0},
    "hailstorm": {"claims_found": 135, "boilerplate_claims": 0, "agree_found": 42, "conflict_found": 40, "trap_links": 2, "precision": 0.931, "merged_claims": 0},
    "port_strike": {"claims_found": 114, "boilerplate_claims": 0, "agree_found": 39, "conflict_found": 28, "trap_links": 2, "precision": 0.807, "merged_claims": 0},
    "holdout_frost_vineyards": {"claims_found": 127, "boilerplate_claims": 1, "agree_found": 57, "conflict_found": 35, "trap_links": 3, "precision": 0.676, "merged_claims": 0},
    "holdout_festival_lightning": {"claims_found": 123, "boilerplate_claims": 1, "agree_found": 60, "conflict_found": 43, "trap_links": 2, "precision": 0.844, "merged_claims": 0},
    "holdout_dengue_outbreak": {"claims_found": 121, "boilerplate_claims": 5, "agree_found": 53, "conflict_found": 32, "trap_links": 4, "precision": 0.696, "merged_claims": 0},
    "holdout_cable_car_accident": {"claims_found": 129, "boilerplate_claims": 1, "agree_found": 57, "conflict_found": 22, "trap_links": 2, "precision": 0.858, "merged_claims": 0},
    "holdout_olympic_bid": {"claims_found": 132, "boilerplate_claims": 1, "agree_found": 69, "conflict_found": 14, "trap_links": 5, "precision": 0.624, "merged_claims": 0},
    "wildfire_towns": {"claims_found": 74, "boilerplate_claims": 1, "agree_found": 21, "conflict_found": 77, "trap_links": 3, "precision": 0.942, "merged_claims": 0},
    "cholera_outbreak": {"claims_found": 67, "boilerplate_claims": 1, "agree_found": 19, "conflict_found": 53, "trap_links": 3, "precision": 0.699, "merged_claims": 0},
    "protest_crackdown": {"claims_found": 89, "boilerplate_claims": 3, "agree_found": 24, "conflict_found": 76, "trap_links": 3, "precision": 0.909, "merged_claims": 0},
    "rate_decision": {"claims_found": 76, "boilerplate_claims": 1, "agree_found": 42, "conflict_found": 7, "trap_links": 1, "precision": 0.765, "merged_claims": 0},
    "nightclub_fire": {"claims_found": 78, "boilerplate_claims": 1, "agree_found": 34, "conflict_found": 61, "trap_links": 1, "precision": 0.931, "merged_claims": 0},
    "pilgrim_heat": {"claims_found": 82, "boilerplate_claims": 0, "agree_found": 31, "conflict_found": 24, "trap_links": 3, "precision": 0.647, "merged_claims": 0},
    "profit_warning": {"claims_found": 82, "boilerplate_claims": 1, "agree_found": 46, "conflict_found": 10, "trap_links": 0, "precision": 0.848, "merged_claims": 0},
    "currency_devaluation": {"claims_found": 131, "boilerplate_claims": 1, "agree_found": 65, "conflict_found": 28, "trap_links": 8, "precision": 0.726, "merged_claims": 0},
    "sinkhole": {"claims_found": 131, "boilerplate_claims": 1, "agree_found": 66, "conflict_found": 29, "trap_links": 1, "precision": 0.887, "merged_claims": 0},
    "ship_grounding": {"claims_found": 130, "boilerplate_claims": 1, "agree_found": 53, "conflict_found": 20, "trap_links": 1, "precision": 0.912, "merged_claims": 0},
    "corruption_probe": {"claims_found": 130, "boilerplate_claims": 0, "agree_found": 42, "conflict_found": 46, "trap_links": 3, "precision": 0.83, "merged_claims": 0},
    "gas_explosion": {"claims_found": 124, "boilerplate_claims": 0, "agree_found": 53, "conflict_found": 35, "trap_links": 1, "precision": 0.897, "merged_claims": 0},
    "net_migration": {"claims_found": 130, "boilerplate_claims": 1, "agree_found": 65, "conflict_found": 6, "trap_links": 3, "precision": 0.763, "merged_claims": 0},
    "holdout_art_auction": {"claims_found": 117, "boilerplate_claims": 0, "agree_found": 53, "conflict_found": 5, "trap_links": 0, "precision": 0.743, "merged_claims": 0},
    "holdout_lottery_jackpot": {"claims_found": 126, "boilerplate_claims": 1, "agree_found": 60, "conflict_found": 10, "trap_links": 5, "precision": 0.608, "merged_claims": 0},
    "holdout_flight_turbulence": {"claims_found": 126, "boilerplate_claims": 0, "agree_found": 45, "conflict_found": 37, "trap_links": 3, "precision": 0.773, "merged_claims": 0},
    "holdout_medicine_shortage": {"claims_found": 122, "boilerplate_claims": 0, "agree_found": 55, "conflict_found": 25, "trap_links": 5, "precision": 0.769, "merged_claims": 0},
    "holdout_fish_kill": {"claims_found": 128, "boilerplate_claims": 0, "agree_found": 49, "conflict_found": 17, "trap_links": 3, "precision": 0.814, "merged_claims": 0},
    "holdout_helicopter_crash": {"claims_found": 130, "boilerplate_claims": 0, "agree_found": 48, "conflict_found": 17, "trap_links": 2, "precision": 0.812, "merged_claims": 0},
    "holdout_public_borrowing": {"claims_found": 130, "boilerplate_claims": 0, "agree_found": 77, "conflict_found": 13, "trap_links": 2, "precision": 0.616, "merged_claims": 0},
    "motorway_pileup": {"claims_found": 131, "boilerplate_claims": 0, "agree_found": 59, "conflict_found": 47, "trap_links": 2, "precision": 0.921, "merged_claims": 0},
    "crypto_collapse": {"claims_found": 132, "boilerplate_claims": 0, "agree_found": 50, "conflict_found": 31, "trap_links": 2, "precision": 0.941, "merged_claims": 0},
    "holdout_coral_bleaching": {"claims_found": 121, "boilerplate_claims": 1, "agree_found": 67, "conflict_found": 5, "trap_links": 3, "precision": 0.818, "merged_claims": 0},
    "holdout_smog_emergency": {"claims_found": 122, "boilerplate_claims": 1, "agree_found": 38, "conflict_found": 23, "trap_links": 1, "precision": 0.802, "merged_claims": 0},
    "holdout_metro_overrun": {"claims_found": 124, "boilerplate_claims": 1, "agree_found": 38, "conflict_found": 11, "trap_links": 1, "precision": 0.731, "merged_claims": 0},
    "holdout_water_outage": {"claims_found": 125, "boilerplate_claims": 0, "agree_found": 36, "conflict_found": 22, "trap_links": 4, "precision": 0.773, "merged_claims": 0},
    "holdout_deforestation_report": {"claims_found": 134, "boilerplate_claims": 2, "agree_found": 68, "conflict_found": 18, "trap_links": 2, "precision": 0.704, "merged_claims": 0},
    "food_poisoning": {"claims_found": 125, "boilerplate_claims": 0, "agree_found": 48, "conflict_found": 32, "trap_links": 2, "precision": 0.898, "merged_claims": 0},
    "blizzard": {"claims_found": 130, "boilerplate_claims": 1, "agree_found": 61, "conflict_found": 36, "trap_links": 3, "precision": 0.866, "merged_claims": 0},
    "holdout_dam_failure": {"claims_found": 130, "boilerplate_claims": 4, "agree_found": 50, "conflict_found": 43, "trap_links": 2, "precision": 0.775, "merged_claims": 0},
    "holdout_hostage_siege": {"claims_found": 132, "boilerplate_claims": 0, "agree_found": 44, "conflict_found": 33, "trap_links": 1, "precision": 0.802, "merged_claims": 0},
    "holdout_energy_price_cap": {"claims_found": 116, "boilerplate_claims": 1, "agree_found": 63, "conflict_found": 21, "trap_links": 4, "precision": 0.482, "merged_claims": 0},
    "prison_break": {"claims_found": 130, "boilerplate_claims": 0, "agree_found": 63, "conflict_found": 56, "trap_links": 1, "precision": 0.975, "merged_claims": 0},
    "market_crash": {"claims_found": 132, "boilerplate_claims": 0, "agree_found": 67, "conflict_found": 19, "trap_links": 6, "precision": 0.693, "merged_claims": 0},
    "holdout_debt_bailout": {"claims_found": 131, "boilerplate_claims": 1, "agree_found": 66, "conflict_found": 18, "trap_links": 6, "precision": 0.815, "merged_claims": 0},
    "holdout_whale_stranding": {"claims_found": 118, "boilerplate_claims": 1, "agree_found": 46, "conflict_found": 22, "trap_links": 1, "precision": 0.79, "merged_claims": 0},
    "holdout_locust_swarm": {"claims_found": 131, "boilerplate_claims": 0, "agree_found": 45, "conflict_found": 25, "trap_links": 2, "precision": 0.843, "merged_claims": 0},
    "bus_crash": {"claims_found": 125, "boilerplate_claims": 0, "agree_found": 50, "conflict_found": 22, "trap_links": 4, "precision": 0.8, "merged_claims": 0},
    "nurses_pay_deal": {"claims_found": 120, "boilerplate_claims": 0, "agree_found": 85, "conflict_found": 40, "trap_links": 0, "precision": 0.899, "merged_claims": 0},
    "factory_fire": {"claims_found": 120, "boilerplate_claims": 0, "agree_found": 37, "conflict_found": 47, "trap_links": 0, "precision": 0.903, "merged_claims": 0},
    "fishing_quota": {"claims_found": 119, "boilerplate_claims": 0, "agree_found": 61, "conflict_found": 7, "trap_links": 0, "precision": 0.8, "merged_claims": 0},
}
#: gold sets held at the full target
MEETS_TARGET: set[str] = {"seeds"}


#: held-out events (tests/events/holdout_*) are never used to fit the model and hold no floor: their scores are
#: measured and reported (python -m benchmarks.train_align --check). They are not blind: some engine fixes were
#: found by reading their misses (the README lists which), so they are a looser estimate than news never seen


def _sets() -> list[tuple[str, Path, list[Path]]]:
    return gold_sets(include_holdout=False)


@pytest.mark.parametrize(("name", "gold", "paths"), _sets(), ids=[s[0] for s in _sets()])
def test_gold_set_holds_its_bar(name, gold, paths, tmp_path, capsys):
    if not gold.exists() or not paths:
        pytest.skip(f"{name}: the articles or their gold file are not here")
    f = score(paths, gold, tmp_path, capsys)
    if name in MEETS_TARGET:
        assert target_failures(f) == [], json.dumps(f)
    elif name in FLOORS:
        assert_floor(f, FLOORS[name])
    else:
        pytest.fail(f"{name}: no floor recorded yet; its figures are {json.dumps(f)}")


def test_vendored_scorer_is_the_shared_one():
    shared = SHARED / "eval" / "score_claims.py"
    if not shared.exists():
        pytest.skip("no shared scorer to compare with")
    assert Path(score_claims.__file__).read_bytes() == shared.read_bytes()
