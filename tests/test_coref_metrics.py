"""Coreference metrics against values worked out by hand on small clusterings."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from coref_metrics import b_cubed, ceaf_e, conll_f1, muc  # noqa: E402

# key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}  (h, i are spurious, e is missed)
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_muc_by_hand():
    # recall: (3-2) + (4-3) links of 2 + 3;  precision: (2-1) + (2-2) + (4-3) of 1 + 1 + 3
    p, r, f = muc(KEY, RESPONSE)
    assert r == pytest.approx(2 / 5)
    assert p == pytest.approx(2 / 5)
    assert f == pytest.approx(2 / 5)


def test_b_cubed_by_hand():
    # recall: a,b 2/3; c 1/3; d 1/4; e 1/4; f,g 2/4  -> 19/6 over 7 mentions
    # precision: a,b 1; c,d 1/2; f,g 2/4; h,i 1/4 -> 4.5 over 8 mentions
    p, r, f = b_cubed(KEY, RESPONSE)
    assert r == pytest.approx(19 / 42)
    assert p == pytest.approx(4.5 / 8)
    assert f == pytest.approx(2 * p * r / (p + r))


def test_ceaf_e_by_hand():
    # best alignment: K1-R1 phi4 = 4/5, K2-R3 phi4 = 4/8  -> 1.3
    p, r, f = ceaf_e(KEY, RESPONSE)
    assert r == pytest.approx(1.3 / 2)
    assert p == pytest.approx(1.3 / 3)


def test_over_merge_is_penalised_in_precision_only():
    key = [{"a", "b"}, {"c"}]
    response = [{"a", "b", "c"}]
    p, r, _ = muc(key, response)
    assert (p, r) == (pytest.approx(0.5), pytest.approx(1.0))
    p, r, _ = b_cubed(key, response)
    # recall every mention 1; precision a,b 2/3 c 1/3
    assert r == pytest.approx(1.0)
    assert p == pytest.approx(5 / 9)
    p, r, _ = ceaf_e(key, response)
    # one response cluster aligned with {a,b}: phi4 = 4/5
    assert p == pytest.approx(0.8)
    assert r == pytest.approx(0.4)


def test_identity_scores_one_and_conll_is_the_mean():
    scores = conll_f1(KEY, KEY)
    assert scores["conll"] == pytest.approx(1.0)
    scores = conll_f1(KEY, RESPONSE)
    expected = (scores["muc"][2] + scores["b3"][2] + scores["ceaf_e"][2]) / 3
    assert scores["conll"] == pytest.approx(expected)
    # MUC 0.4; B³ F1 of (0.5625, 19/42) = 0.50147; CEAF-e F1 of (1.3/3, 0.65) = 0.52
    assert scores["conll"] == pytest.approx((0.4 + 0.50147 + 0.52) / 3, abs=1e-4)


def test_empty_response_scores_zero():
    scores = conll_f1(KEY, [])
    assert scores["conll"] == 0.0
