"""Relation quality of ``crosscheck.compare_pairs`` on the evaluation sets of issue 10.

* perturbation sets (bench/perturb.py): recall per perturbation type, false-alarm
  rate on the untouched controls, share of changed pairs called ``agree``, share
  of controls called ``agree``, contradiction precision;
* bilingual comparable-text pairs (tests/data/comparable_*.jsonl): contradiction
  precision/recall, agree precision/recall;
* a reliability table: links binned by ``score``, with the share whose relation
  was right in each bin.

    python bench/bench_compare.py                 # DEV sets
    python bench/bench_compare.py --part heldout  # HELD-OUT sets (look once)
    python bench/bench_compare.py --part both --json out.json
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from _common import REPO, log

SETS = {
    "dev": {"perturb": REPO / "bench/data/perturb_dev.jsonl", "comparable": REPO / "tests/data/comparable_pairs.jsonl"},
    "dev2": {"perturb": REPO / "bench/data/perturb_dev2.jsonl", "comparable": REPO / "tests/data/comparable_pairs.jsonl"},
    "heldout": {"perturb": REPO / "bench/data/perturb_heldout.jsonl", "comparable": REPO / "tests/data/comparable_holdout.jsonl"},
    # HELD-OUT2: unused source pairs (polarity only; the slotted pairs are used up) and 41 new hand-written pairs,
    # kept outside the repository until its first contact (bench/data/heldout2_first_contact.json)
    "heldout2": {"perturb": REPO / "bench/data/perturb_heldout2.jsonl", "comparable": REPO / "tests/data/comparable_holdout2.jsonl"},
    # HELD-OUT3: 36 hand-written pairs written after HELD-OUT2 was used for fixes (comparable pairs only: the
    # shared data has no unused slotted pairs left); first contact: bench/data/heldout3_first_contact.json
    "heldout3": {"perturb": None, "comparable": REPO / "tests/data/comparable_holdout3.jsonl"},
    # HELD-OUT4: 1,646 changed/control pairs from human EN->RU translations shipped in Debian packages (history,
    # encyclopedic, astronomy; bench/data/heldout4/README.md), built by `perturb.py --fresh`; kept outside the
    # repository until its first contact (bench/data/heldout4_first_contact.json). Perturbation pairs only.
    "heldout4": {"perturb": REPO / "bench/data/perturb_heldout4.jsonl", "comparable": None},
    # HELD-OUT5: 1,985 changed/control pairs from human EN->RU translations in five other Debian packages
    # (GCompris, 0 A.D., the Debian Administrator's Handbook, Kalzium, Tux Paint stamps;
    # bench/data/heldout5/README.md); kept outside the repository until its first contact, measured on round e
    # (bench/data/heldout5_first_contact.json; before round e: heldout5_before_round_e.json).
    "heldout5": {"perturb": REPO / "bench/data/perturb_heldout5.jsonl", "comparable": None},
    # HELD-OUT6: 3,255 changed/control pairs from human EN->RU translations of technical documentation in seven
    # other Debian packages (LibreOffice help, man pages, Debian guides; bench/data/heldout6/README.md), kept
    # outside the repository until its first contact after round h (bench/data/heldout6_first_contact.json).
    # HELD-OUT7: 60 comparable-text pairs written by hand from general knowledge, without running crosscheck,
    # first contact after round h (bench/data/heldout7_first_contact.json; README there).
    "heldout6": {"perturb": REPO / "bench/data/perturb_heldout6.jsonl", "comparable": REPO / "bench/data/heldout7/comparable_heldout7.jsonl"},
    # HELD-OUT8: 60 more hand-written comparable pairs, written after HELD-OUT7 was used for fixes (round i) and first
    # run after it (bench/data/heldout8_first_contact.json; README there).
    "heldout8": {"perturb": None, "comparable": REPO / "bench/data/heldout8/comparable_heldout8.jsonl"},
    # HELD-OUT9: 60 more, written after HELD-OUT8 was used for fixes (round j); first contact after round j.
    "heldout9": {"perturb": None, "comparable": REPO / "bench/data/heldout9/comparable_heldout9.jsonl"},
    # HELD-OUT10: 60 more, written after HELD-OUT9 was used for fixes (round k); first contact after round k.
    "heldout10": {"perturb": None, "comparable": REPO / "bench/data/heldout10/comparable_heldout10.jsonl"},
    # HELD-OUT11: 60 more, written while round l ran (after HELD-OUT10 was used for fixes); first contact after round l.
    "heldout11": {"perturb": None, "comparable": REPO / "bench/data/heldout11/comparable_heldout11.jsonl"},
    # HELD-OUT12 and HELD-OUT13: 60 more each, written while round m ran (after HELD-OUT10/11 were used for fixes);
    # first contact after round m (bench/data/heldout12_first_contact.json, heldout13_first_contact.json).
    "heldout12": {"perturb": None, "comparable": REPO / "bench/data/heldout12/comparable_heldout12.jsonl"},
    "heldout13": {"perturb": None, "comparable": REPO / "bench/data/heldout13/comparable_heldout13.jsonl"},
    # HELD-OUT14: 60 more, written after round m; first contact on the rules of round m
    # (bench/data/heldout14_first_contact.json).
    "heldout14": {"perturb": None, "comparable": REPO / "bench/data/heldout14/comparable_heldout14.jsonl"},
    # HELD-OUT15: 60 more, written at the same time as HELD-OUT14 by someone else; first contact on round m's rules,
    # measured again (unread) after round n was tuned on HELD-OUT14 (bench/data/heldout15_*.json).
    "heldout15": {"perturb": None, "comparable": REPO / "bench/data/heldout15/comparable_heldout15.jsonl"},
    # HELD-OUT16 and 17: 2 x 60 more, written by two writers in parallel while round o was tuned on HELD-OUT15; first
    # contact on round n's rules, measured again (unread) after round o (bench/data/heldout16|17_*.json).
    "heldout16": {"perturb": None, "comparable": REPO / "bench/data/heldout16/comparable_heldout16.jsonl"},
    "heldout17": {"perturb": None, "comparable": REPO / "bench/data/heldout17/comparable_heldout17.jsonl"},
    # HELD-OUT18 and 19: 2 x 60 more, written while round p was tuned on HELD-OUT16/17; first contact on round o's rules,
    # measured again (unread) after round p (bench/data/heldout18|19_*.json).
    "heldout18": {"perturb": None, "comparable": REPO / "bench/data/heldout18/comparable_heldout18.jsonl"},
    "heldout19": {"perturb": None, "comparable": REPO / "bench/data/heldout19/comparable_heldout19.jsonl"},
    # HELD-OUT20 and 21: 2 x 60 more, written while rounds q and r were tuned; first contact on round p's rules,
    # measured again (unread) after rounds q and r (bench/data/heldout20|21_*.json).
    "heldout20": {"perturb": None, "comparable": REPO / "bench/data/heldout20/comparable_heldout20.jsonl"},
    "heldout21": {"perturb": None, "comparable": REPO / "bench/data/heldout21/comparable_heldout21.jsonl"},
    # HELD-OUT22 and 23: 2 x 60 more, written while round s was tuned on HELD-OUT20/21; first contact on the rules of
    # rounds q and r, measured again (unread) after round s (bench/data/heldout22|23_*.json).
    "heldout22": {"perturb": None, "comparable": REPO / "bench/data/heldout22/comparable_heldout22.jsonl"},
    "heldout23": {"perturb": None, "comparable": REPO / "bench/data/heldout23/comparable_heldout23.jsonl"},
    # HELD-OUT24 and 25: 2 x 60 more, written while rounds t and u were tuned (on HELD-OUT22/23 and the perturbation
    # parts); first contact on the rules of round s (bench/data/heldout24|25_*.json).
    "heldout24": {"perturb": None, "comparable": REPO / "bench/data/heldout24/comparable_heldout24.jsonl"},
    "heldout25": {"perturb": None, "comparable": REPO / "bench/data/heldout25/comparable_heldout25.jsonl"},
    # HELD-OUT26: a fresh changed-fact set from other Debian documentation (GIMP manual, system-call man pages, Double
    # Commander, AisleRiot, KiCad; bench/data/heldout26/README.md), kept outside the repository until its first contact
    # on round s's rules (bench/data/heldout26_first_contact.json).
    "heldout26": {"perturb": REPO / "bench/data/perturb_heldout26.jsonl", "comparable": None},
    # HELD-OUT27 and 28: 2 x 60 more, written while rounds t and u were tuned; first contact on the rules after rounds t
    # and u and the temperature / sign / multiplier readings (bench/data/heldout27|28_first_contact*.json).
    "heldout27": {"perturb": None, "comparable": REPO / "bench/data/heldout27/comparable_heldout27.jsonl"},
    "heldout28": {"perturb": None, "comparable": REPO / "bench/data/heldout28/comparable_heldout28.jsonl"},
    # HELD-OUT29 and 30: 40 + 60 more, written while round w was tuned on HELD-OUT27/28; first contact on the rules
    # after round w (bench/data/heldout29|30_first_contact*.json).
    "heldout29": {"perturb": None, "comparable": REPO / "bench/data/heldout29/comparable_heldout29.jsonl"},
    "heldout30": {"perturb": None, "comparable": REPO / "bench/data/heldout30/comparable_heldout30.jsonl"},
    # HELD-OUT31 and 32: 2 x 60 more, written while round x was tuned on HELD-OUT29/30; first contact on the rules
    # after round x (bench/data/heldout31|32_first_contact*.json).
    "heldout31": {"perturb": None, "comparable": REPO / "bench/data/heldout31/comparable_heldout31.jsonl"},
    "heldout32": {"perturb": None, "comparable": REPO / "bench/data/heldout32/comparable_heldout32.jsonl"},
    # HELD-OUT33 and 34: 2 x 60 more, written while round y was tuned on HELD-OUT31/32; first contact on the rules
    # after round y (bench/data/heldout33|34_first_contact*.json).
    "heldout33": {"perturb": None, "comparable": REPO / "bench/data/heldout33/comparable_heldout33.jsonl"},
    "heldout34": {"perturb": None, "comparable": REPO / "bench/data/heldout34/comparable_heldout34.jsonl"},
    # HELD-OUT35 and 36: 2 x 60 more, written while round z was tuned on HELD-OUT33/34; first contact on the rules
    # after round z (bench/data/heldout35|36_first_contact*.json).
    "heldout35": {"perturb": None, "comparable": REPO / "bench/data/heldout35/comparable_heldout35.jsonl"},
    "heldout36": {"perturb": None, "comparable": REPO / "bench/data/heldout36/comparable_heldout36.jsonl"},
    # HELD-OUT37 and 38: 2 x 60 more, written while round aa was tuned on HELD-OUT35/36; first contact on the rules
    # after round aa (bench/data/heldout37|38_first_contact*.json).
    "heldout37": {"perturb": None, "comparable": REPO / "bench/data/heldout37/comparable_heldout37.jsonl"},
    "heldout38": {"perturb": None, "comparable": REPO / "bench/data/heldout38/comparable_heldout38.jsonl"},
    "heldout39": {"perturb": None, "comparable": REPO / "bench/data/heldout39/comparable_heldout39.jsonl"},
    "heldout40": {"perturb": None, "comparable": REPO / "bench/data/heldout40/comparable_heldout40.jsonl"},
    "heldout41": {"perturb": None, "comparable": REPO / "bench/data/heldout41/comparable_heldout41.jsonl"},
    "heldout42": {"perturb": None, "comparable": REPO / "bench/data/heldout42/comparable_heldout42.jsonl"},
    "heldout43": {"perturb": None, "comparable": REPO / "bench/data/heldout43/comparable_heldout43.jsonl"},
    "heldout44": {"perturb": None, "comparable": REPO / "bench/data/heldout44/comparable_heldout44.jsonl"},
    "heldout45": {"perturb": None, "comparable": REPO / "bench/data/heldout45/comparable_heldout45.jsonl"},
    "heldout46": {"perturb": None, "comparable": REPO / "bench/data/heldout46/comparable_heldout46.jsonl"},
    "heldout47": {"perturb": None, "comparable": REPO / "bench/data/heldout47/comparable_heldout47.jsonl"},
    "heldout48": {"perturb": None, "comparable": REPO / "bench/data/heldout48/comparable_heldout48.jsonl"},
    "heldout49": {"perturb": None, "comparable": REPO / "bench/data/heldout49/comparable_heldout49.jsonl"},
    "heldout50": {"perturb": None, "comparable": REPO / "bench/data/heldout50/comparable_heldout50.jsonl"},
    "heldout51": {"perturb": None, "comparable": REPO / "bench/data/heldout51/comparable_heldout51.jsonl"},
    "heldout52": {"perturb": None, "comparable": REPO / "bench/data/heldout52/comparable_heldout52.jsonl"},
    "heldout53": {"perturb": None, "comparable": REPO / "bench/data/heldout53/comparable_heldout53.jsonl"},
    "heldout54": {"perturb": None, "comparable": REPO / "bench/data/heldout54/comparable_heldout54.jsonl"},
    "heldout55": {"perturb": None, "comparable": REPO / "bench/data/heldout55/comparable_heldout55.jsonl"},
    "heldout56": {"perturb": None, "comparable": REPO / "bench/data/heldout56/comparable_heldout56.jsonl"},
    "heldout57": {"perturb": None, "comparable": REPO / "bench/data/heldout57/comparable_heldout57.jsonl"},
    "heldout58": {"perturb": None, "comparable": REPO / "bench/data/heldout58/comparable_heldout58.jsonl"},
    "heldout59": {"perturb": None, "comparable": REPO / "bench/data/heldout59/comparable_heldout59.jsonl"},
    "heldout60": {"perturb": None, "comparable": REPO / "bench/data/heldout60/comparable_heldout60.jsonl"},
    "heldout61": {"perturb": None, "comparable": REPO / "bench/data/heldout61/comparable_heldout61.jsonl"},
    "heldout62": {"perturb": None, "comparable": REPO / "bench/data/heldout62/comparable_heldout62.jsonl"},
    # HELD-OUT63 (subjects A-L) and 64 (M-Z): 2 x 60 more, commissioned at the start of round ap before any tuning,
    # written by two helpers who never ran crosscheck; first contact on round ao's final rules (754331d), unread
    # (bench/data/heldout63|64_first_contact.json).
    "heldout63": {"perturb": None, "comparable": REPO / "bench/data/heldout63/comparable_heldout63.jsonl"},
    "heldout64": {"perturb": None, "comparable": REPO / "bench/data/heldout64/comparable_heldout64.jsonl"},
    # HELD-OUT65 (A-L) and 66 (M-Z): 2 x 60 more, commissioned after HELD-OUT63/64 arrived and before round ap's tuning,
    # written by two helpers who never ran crosscheck; first contact on round ap's final rules, unread
    # (bench/data/heldout65|66_first_contact.json).
    "heldout65": {"perturb": None, "comparable": REPO / "bench/data/heldout65/comparable_heldout65.jsonl"},
    "heldout66": {"perturb": None, "comparable": REPO / "bench/data/heldout66/comparable_heldout66.jsonl"},
    # HELD-OUT67 (A-L) and 68 (M-Z): 2 x 60 more, commissioned before round aq's tuning, written by two helpers who never
    # ran crosscheck; first contact on round aq's final rules, unread (bench/data/heldout67|68_first_contact.json).
    "heldout67": {"perturb": None, "comparable": REPO / "bench/data/heldout67/comparable_heldout67.jsonl"},
    "heldout68": {"perturb": None, "comparable": REPO / "bench/data/heldout68/comparable_heldout68.jsonl"},
    "heldout69": {"perturb": None, "comparable": REPO / "bench/data/heldout69/comparable_heldout69.jsonl"},
    "heldout70": {"perturb": None, "comparable": REPO / "bench/data/heldout70/comparable_heldout70.jsonl"},
    "heldout71": {"perturb": None, "comparable": REPO / "bench/data/heldout71/comparable_heldout71.jsonl"},
    "heldout72": {"perturb": None, "comparable": REPO / "bench/data/heldout72/comparable_heldout72.jsonl"},
    "heldout73": {"perturb": None, "comparable": REPO / "bench/data/heldout73/comparable_heldout73.jsonl"},
    "heldout74": {"perturb": None, "comparable": REPO / "bench/data/heldout74/comparable_heldout74.jsonl"},
    "heldout76": {"perturb": None, "comparable": REPO / "bench/data/heldout76/comparable_heldout76.jsonl"},
    # HELD-OUT79 (A–L) and 80 (M–Z): 2 x 60 more, written in parallel while round aw's double-surname fix was made; first
    # contact on round aw's rules (bench/data/heldout79|80_first_contact.json; round av's rules give the same numbers).
    "heldout79": {"perturb": None, "comparable": REPO / "bench/data/heldout79/comparable_heldout79.jsonl"},
    "heldout80": {"perturb": None, "comparable": REPO / "bench/data/heldout80/comparable_heldout80.jsonl"},
    # HELD-OUT81 (A–L) and 82 (M–Z): 2 x 60 more, written in parallel while round ax was tuned on HELD-OUT79/80; first
    # contact on round ax's rules (bench/data/heldout81|82_first_contact.json).
    "heldout81": {"perturb": None, "comparable": REPO / "bench/data/heldout81/comparable_heldout81.jsonl"},
    "heldout82": {"perturb": None, "comparable": REPO / "bench/data/heldout82/comparable_heldout82.jsonl"},
    # HELD-OUT83 (A–L) and 84 (M–Z): 2 x 60 more, written in parallel after HELD-OUT81/82 were measured; first contact on
    # the final rules of round ax, with its «Сент-» fix (bench/data/heldout83|84_first_contact.json).
    "heldout83": {"perturb": None, "comparable": REPO / "bench/data/heldout83/comparable_heldout83.jsonl"},
    "heldout84": {"perturb": None, "comparable": REPO / "bench/data/heldout84/comparable_heldout84.jsonl"},
    # HELD-OUT85 to 88: 4 x 60 more by four writers in parallel (A-L, M-Z, A-L, M-Z), first contact on the rules of
    # round ay (bench/data/heldout85..88_first_contact.json).
    "heldout85": {"perturb": None, "comparable": REPO / "bench/data/heldout85/comparable_heldout85.jsonl"},
    "heldout86": {"perturb": None, "comparable": REPO / "bench/data/heldout86/comparable_heldout86.jsonl"},
    "heldout87": {"perturb": None, "comparable": REPO / "bench/data/heldout87/comparable_heldout87.jsonl"},
    "heldout88": {"perturb": None, "comparable": REPO / "bench/data/heldout88/comparable_heldout88.jsonl"},
    # HELD-OUT89 and 90: 2 x 60 more (A-L, M-Z), first contact on round ay's final rules (bench/data/heldout89|90_*.json).
    "heldout89": {"perturb": None, "comparable": REPO / "bench/data/heldout89/comparable_heldout89.jsonl"},
    "heldout90": {"perturb": None, "comparable": REPO / "bench/data/heldout90/comparable_heldout90.jsonl"},
    # HELD-OUT91 and 92: 2 x 60 more (A-L, M-Z), first contact on round az's rules (bench/data/heldout91|92_*.json).
    "heldout91": {"perturb": None, "comparable": REPO / "bench/data/heldout91/comparable_heldout91.jsonl"},
    "heldout92": {"perturb": None, "comparable": REPO / "bench/data/heldout92/comparable_heldout92.jsonl"},
    # HELD-OUT93 and 94: 2 x 60 more (A-L, M-Z), first contact on round ba's rules (bench/data/heldout93|94_*.json).
    "heldout93": {"perturb": None, "comparable": REPO / "bench/data/heldout93/comparable_heldout93.jsonl"},
    "heldout94": {"perturb": None, "comparable": REPO / "bench/data/heldout94/comparable_heldout94.jsonl"},
    # HELD-OUT95 and 96: 2 x 60 more (A-L, M-Z), first contact on round bc's rules (bench/data/heldout95|96_*.json).
    "heldout95": {"perturb": None, "comparable": REPO / "bench/data/heldout95/comparable_heldout95.jsonl"},
    "heldout96": {"perturb": None, "comparable": REPO / "bench/data/heldout96/comparable_heldout96.jsonl"},
    # HELD-OUT97 and 98: 2 x 60 more (A-L, M-Z), first contact on round bd's rules (bench/data/heldout97|98_*.json).
    "heldout97": {"perturb": None, "comparable": REPO / "bench/data/heldout97/comparable_heldout97.jsonl"},
    "heldout98": {"perturb": None, "comparable": REPO / "bench/data/heldout98/comparable_heldout98.jsonl"},
    # HELD-OUT99 and 100: 2 x 60 more (A-L, M-Z), first contact on round be's rules (bench/data/heldout99|100_*.json).
    "heldout99": {"perturb": None, "comparable": REPO / "bench/data/heldout99/comparable_heldout99.jsonl"},
    "heldout100": {"perturb": None, "comparable": REPO / "bench/data/heldout100/comparable_heldout100.jsonl"},
    # HELD-OUT101 and 102: 2 x 60 more (A-L, M-Z), first contact on round be's rules (bench/data/heldout101|102_*.json).
    "heldout101": {"perturb": None, "comparable": REPO / "bench/data/heldout101/comparable_heldout101.jsonl"},
    "heldout102": {"perturb": None, "comparable": REPO / "bench/data/heldout102/comparable_heldout102.jsonl"},
    # HELD-OUT103 and 104: 2 x 60 more (A-L, M-Z), first contact on round bf's rules (bench/data/heldout103|104_*.json).
    "heldout103": {"perturb": None, "comparable": REPO / "bench/data/heldout103/comparable_heldout103.jsonl"},
    "heldout104": {"perturb": None, "comparable": REPO / "bench/data/heldout104/comparable_heldout104.jsonl"},
    # HELD-OUT105 and 106: 2 x 60 more (A-L, M-Z), first contact on round bg's rules (bench/data/heldout105|106_*.json).
    "heldout105": {"perturb": None, "comparable": REPO / "bench/data/heldout105/comparable_heldout105.jsonl"},
    "heldout106": {"perturb": None, "comparable": REPO / "bench/data/heldout106/comparable_heldout106.jsonl"},
    # HELD-OUT107 and 108: 2 x 60 more (A-L, M-Z), first contact on round bh's rules (bench/data/heldout107|108_*.json).
    "heldout107": {"perturb": None, "comparable": REPO / "bench/data/heldout107/comparable_heldout107.jsonl"},
    "heldout108": {"perturb": None, "comparable": REPO / "bench/data/heldout108/comparable_heldout108.jsonl"},
    "heldout109": {"perturb": None, "comparable": REPO / "bench/data/heldout109/comparable_heldout109.jsonl"},
    "heldout110": {"perturb": None, "comparable": REPO / "bench/data/heldout110/comparable_heldout110.jsonl"},
    "heldout111": {"perturb": None, "comparable": REPO / "bench/data/heldout111/comparable_heldout111.jsonl"},
    "heldout112": {"perturb": None, "comparable": REPO / "bench/data/heldout112/comparable_heldout112.jsonl"},
    "heldout113": {"perturb": None, "comparable": REPO / "bench/data/heldout113/comparable_heldout113.jsonl"},
    "heldout114": {"perturb": None, "comparable": REPO / "bench/data/heldout114/comparable_heldout114.jsonl"},
    "heldout115": {"perturb": None, "comparable": REPO / "bench/data/heldout115/comparable_heldout115.jsonl"},
    "heldout116": {"perturb": None, "comparable": REPO / "bench/data/heldout116/comparable_heldout116.jsonl"},
    "heldout117": {"perturb": None, "comparable": REPO / "bench/data/heldout117/comparable_heldout117.jsonl"},
    "heldout118": {"perturb": None, "comparable": REPO / "bench/data/heldout118/comparable_heldout118.jsonl"},
    "heldout119": {"perturb": None, "comparable": REPO / "bench/data/heldout119/comparable_heldout119.jsonl"},
    "heldout120": {"perturb": None, "comparable": REPO / "bench/data/heldout120/comparable_heldout120.jsonl"},
    "heldout121": {"perturb": None, "comparable": REPO / "bench/data/heldout121/comparable_heldout121.jsonl"},
    "heldout122": {"perturb": None, "comparable": REPO / "bench/data/heldout122/comparable_heldout122.jsonl"},
    "heldout123": {"perturb": None, "comparable": REPO / "bench/data/heldout123/comparable_heldout123.jsonl"},
    "heldout124": {"perturb": None, "comparable": REPO / "bench/data/heldout124/comparable_heldout124.jsonl"},
    "heldout125": {"perturb": None, "comparable": REPO / "bench/data/heldout125/comparable_heldout125.jsonl"},
    "heldout126": {"perturb": None, "comparable": REPO / "bench/data/heldout126/comparable_heldout126.jsonl"},
    "heldout127": {"perturb": None, "comparable": REPO / "bench/data/heldout127/comparable_heldout127.jsonl"},
    "heldout128": {"perturb": None, "comparable": REPO / "bench/data/heldout128/comparable_heldout128.jsonl"},
    "heldout129": {"perturb": None, "comparable": REPO / "bench/data/heldout129/comparable_heldout129.jsonl"},
    "heldout130": {"perturb": None, "comparable": REPO / "bench/data/heldout130/comparable_heldout130.jsonl"},
    "heldout131": {"perturb": None, "comparable": REPO / "bench/data/heldout131/comparable_heldout131.jsonl"},
    "heldout132": {"perturb": None, "comparable": REPO / "bench/data/heldout132/comparable_heldout132.jsonl"},
    "heldout133": {"perturb": None, "comparable": REPO / "bench/data/heldout133/comparable_heldout133.jsonl"},
    "heldout134": {"perturb": None, "comparable": REPO / "bench/data/heldout134/comparable_heldout134.jsonl"},
    "heldout135": {"perturb": None, "comparable": REPO / "bench/data/heldout135/comparable_heldout135.jsonl"},
    "heldout136": {"perturb": None, "comparable": REPO / "bench/data/heldout136/comparable_heldout136.jsonl"},
    # HELD-OUT137 (A-L) and HELD-OUT138 (M-Z): two independent writers (stop 53), kept outside the repository until their
    # first contact on round ca's rules (bench/data/heldout137|138_first_contact.json)
    "heldout137": {"perturb": None, "comparable": REPO / "bench/data/heldout137/comparable_heldout137.jsonl"},
    "heldout138": {"perturb": None, "comparable": REPO / "bench/data/heldout138/comparable_heldout138.jsonl"},
    # HELD-OUT139 (A-L) and HELD-OUT140 (M-Z): two independent writers (stop 54), kept outside the repository until their
    # first contact on round cc's rules (bench/data/heldout139|140_first_contact.json)
    "heldout139": {"perturb": None, "comparable": REPO / "bench/data/heldout139/comparable_heldout139.jsonl"},
    "heldout140": {"perturb": None, "comparable": REPO / "bench/data/heldout140/comparable_heldout140.jsonl"},
    # HELD-OUT141 (A-L) and HELD-OUT142 (M-Z): two more independent writers, kept outside the repository until their
    # first contact on round ce's rules (bench/data/heldout141|142_first_contact.json)
    "heldout141": {"perturb": None, "comparable": REPO / "bench/data/heldout141/comparable_heldout141.jsonl"},
    "heldout142": {"perturb": None, "comparable": REPO / "bench/data/heldout142/comparable_heldout142.jsonl"},
    # HELD-OUT143 (A-L) and HELD-OUT144 (M-Z): two more independent writers, kept outside the repository until their
    # first contact on round cf's rules (41d5e8c; bench/data/heldout143|144_first_contact.json)
    "heldout143": {"perturb": None, "comparable": REPO / "bench/data/heldout143/comparable_heldout143.jsonl"},
    "heldout144": {"perturb": None, "comparable": REPO / "bench/data/heldout144/comparable_heldout144.jsonl"},
    # HELD-OUT145 (A-L) and HELD-OUT146 (M-Z): two more independent writers, kept outside the repository until their
    # first contact on round cg's rules (f86cc0a; bench/data/heldout145|146_first_contact.json)
    "heldout145": {"perturb": None, "comparable": REPO / "bench/data/heldout145/comparable_heldout145.jsonl"},
    "heldout146": {"perturb": None, "comparable": REPO / "bench/data/heldout146/comparable_heldout146.jsonl"},
    # first contact on round ch's rules (63f18cb; bench/data/heldout147|148_first_contact.json)
    "heldout147": {"perturb": None, "comparable": REPO / "bench/data/heldout147/comparable_heldout147.jsonl"},
    "heldout148": {"perturb": None, "comparable": REPO / "bench/data/heldout148/comparable_heldout148.jsonl"},
    # first contact on round ci's rules (b10fa83; bench/data/heldout149|150_first_contact.json)
    "heldout149": {"perturb": None, "comparable": REPO / "bench/data/heldout149/comparable_heldout149.jsonl"},
    "heldout150": {"perturb": None, "comparable": REPO / "bench/data/heldout150/comparable_heldout150.jsonl"},
    # first contact on round cj's rules (3dc6d21; bench/data/heldout151|152_first_contact.json)
    "heldout151": {"perturb": None, "comparable": REPO / "bench/data/heldout151/comparable_heldout151.jsonl"},
    "heldout152": {"perturb": None, "comparable": REPO / "bench/data/heldout152/comparable_heldout152.jsonl"},
    # first contact on round ck's rules (f1879da; bench/data/heldout153|154_first_contact.json)
    "heldout153": {"perturb": None, "comparable": REPO / "bench/data/heldout153/comparable_heldout153.jsonl"},
    "heldout154": {"perturb": None, "comparable": REPO / "bench/data/heldout154/comparable_heldout154.jsonl"},
    # first contact on round ck's rules (027ffe9; code as f1879da; bench/data/heldout155|156_first_contact.json)
    "heldout155": {"perturb": None, "comparable": REPO / "bench/data/heldout155/comparable_heldout155.jsonl"},
    "heldout156": {"perturb": None, "comparable": REPO / "bench/data/heldout156/comparable_heldout156.jsonl"},
    # first contact on round cl's rules (9ac0137; bench/data/heldout157|158_first_contact.json)
    "heldout157": {"perturb": None, "comparable": REPO / "bench/data/heldout157/comparable_heldout157.jsonl"},
    "heldout158": {"perturb": None, "comparable": REPO / "bench/data/heldout158/comparable_heldout158.jsonl"},
    # first contact on round cl's final rules (4c91358; bench/data/heldout159|160_first_contact.json)
    "heldout159": {"perturb": None, "comparable": REPO / "bench/data/heldout159/comparable_heldout159.jsonl"},
    "heldout160": {"perturb": None, "comparable": REPO / "bench/data/heldout160/comparable_heldout160.jsonl"},
    # first contact on round cm's rules (ec90f68; bench/data/heldout161|162_first_contact.json)
    "heldout161": {"perturb": None, "comparable": REPO / "bench/data/heldout161/comparable_heldout161.jsonl"},
    "heldout162": {"perturb": None, "comparable": REPO / "bench/data/heldout162/comparable_heldout162.jsonl"},
    # first contact on round cm's final main (01f6b7a; bench/data/heldout163|164_first_contact.json)
    "heldout163": {"perturb": None, "comparable": REPO / "bench/data/heldout163/comparable_heldout163.jsonl"},
    "heldout164": {"perturb": None, "comparable": REPO / "bench/data/heldout164/comparable_heldout164.jsonl"},
    # first contact on round cn's final rules (7b80d35; bench/data/heldout165|166_first_contact.json)
    "heldout165": {"perturb": None, "comparable": REPO / "bench/data/heldout165/comparable_heldout165.jsonl"},
    "heldout166": {"perturb": None, "comparable": REPO / "bench/data/heldout166/comparable_heldout166.jsonl"},
    # first contact on round cn's final main (99f441b; bench/data/heldout167|168_first_contact.json)
    "heldout167": {"perturb": None, "comparable": REPO / "bench/data/heldout167/comparable_heldout167.jsonl"},
    "heldout168": {"perturb": None, "comparable": REPO / "bench/data/heldout168/comparable_heldout168.jsonl"},
    # first contact on round co's final rules (e3a4a3d; bench/data/heldout169|170_first_contact.json)
    "heldout169": {"perturb": None, "comparable": REPO / "bench/data/heldout169/comparable_heldout169.jsonl"},
    "heldout170": {"perturb": None, "comparable": REPO / "bench/data/heldout170/comparable_heldout170.jsonl"},
    # first contact on round co's final main (1903023; bench/data/heldout171|172_first_contact.json)
    "heldout171": {"perturb": None, "comparable": REPO / "bench/data/heldout171/comparable_heldout171.jsonl"},
    "heldout172": {"perturb": None, "comparable": REPO / "bench/data/heldout172/comparable_heldout172.jsonl"},
    # first contact on round cp's final rules (acb7b09; bench/data/heldout173|174_first_contact.json)
    "heldout173": {"perturb": None, "comparable": REPO / "bench/data/heldout173/comparable_heldout173.jsonl"},
    "heldout174": {"perturb": None, "comparable": REPO / "bench/data/heldout174/comparable_heldout174.jsonl"},
    # first contact on round cp's final main (d1b2a2d; bench/data/heldout175|176_first_contact.json)
    "heldout175": {"perturb": None, "comparable": REPO / "bench/data/heldout175/comparable_heldout175.jsonl"},
    "heldout176": {"perturb": None, "comparable": REPO / "bench/data/heldout176/comparable_heldout176.jsonl"},
    # first contact on round cq's final rules (bench/data/heldout177|178_first_contact.json)
    "heldout177": {"perturb": None, "comparable": REPO / "bench/data/heldout177/comparable_heldout177.jsonl"},
    "heldout178": {"perturb": None, "comparable": REPO / "bench/data/heldout178/comparable_heldout178.jsonl"},
}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(rows: list[dict], model: str | None) -> list[dict]:
    from crosscheck.pairs import compare_pairs

    items = [{k: r.get(k) for k in ("a", "b", "lang_a", "lang_b", "date_a", "date_b")} for r in rows]
    try:
        return compare_pairs(items, model=model)
    except Exception:  # a system that crashes on a pair: score the others, count the crashes
        out = []
        for item in items:
            try:
                out.extend(compare_pairs([item], model=model))
            except Exception as exc:
                out.append({"relation": "error", "score": 0.0, "explanation": f"error: {exc!r}"})
        return out


def perturb_metrics(rows: list[dict], out: list[dict]) -> dict:
    per_type: dict[str, Counter] = defaultdict(Counter)
    for r, o in zip(rows, out):
        per_type[r["perturbation"]][o["relation"]] += 1
    changed = [(r, o) for r, o in zip(rows, out) if r["label"] == "contradict"]
    controls = [(r, o) for r, o in zip(rows, out) if r["label"] == "agree"]
    tp = sum(o["relation"] == "contradict" for _, o in changed)
    fp = sum(o["relation"] == "contradict" for _, o in controls)
    res = {
        "n_changed": len(changed),
        "n_controls": len(controls),
        "recall": {t: round(c["contradict"] / sum(c.values()), 3) for t, c in sorted(per_type.items()) if t != "control"},
        "contradict_recall": round(tp / max(1, len(changed)), 3),
        "contradict_precision": round(tp / max(1, tp + fp), 3),
        "false_alarm_controls": round(fp / max(1, len(controls)), 3),
        "changed_called_agree": round(sum(o["relation"] == "agree" for _, o in changed) / max(1, len(changed)), 3),
        "controls_called_agree": round(sum(o["relation"] == "agree" for _, o in controls) / max(1, len(controls)), 3),
        "crashed": sum(o["relation"] == "error" for o in out),
        "relations": {t: dict(c) for t, c in sorted(per_type.items())},
    }
    return res


def comparable_metrics(rows: list[dict], out: list[dict]) -> dict:
    def pr(label: str) -> tuple[float, float]:
        pred = [o["relation"] == label for o in out]
        gold = [r["label"] == label for r in rows]
        tp = sum(p and g for p, g in zip(pred, gold))
        return round(tp / max(1, sum(pred)), 3), round(tp / max(1, sum(gold)), 3)

    cp, cr = pr("contradict")
    ap, ar = pr("agree")
    return {"n": len(rows), "contradict_precision": cp, "contradict_recall": cr, "agree_precision": ap, "agree_recall": ar,
            "confusion": {g: dict(Counter(o["relation"] for r, o in zip(rows, out) if r["label"] == g)) for g in ("agree", "contradict")}}


EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)


def reliability(pairs: list[tuple[dict, dict]], edges=EDGES) -> list[dict]:
    """Links (agree/contradict) binned by score: the share whose relation equals the gold label."""
    table = []
    for lo, hi in zip(edges, edges[1:]):
        inside = [(r, o) for r, o in pairs if o["relation"] in ("agree", "contradict")
                  and lo <= o["score"] < hi + (1e-9 if hi == 1.0 else 0)]
        right = sum(o["relation"] == r["label"] for r, o in inside)
        table.append({"bin": f"{lo:.2f}-{hi:.2f}", "n": len(inside),
                      "mean_score": round(sum(o["score"] for _, o in inside) / len(inside), 3) if inside else None,
                      "observed": round(right / len(inside), 3) if inside else None})
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=(*SETS, "both"), default="dev")
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", type=Path, default=None, help="write all numbers here")
    ap.add_argument("--errors", type=int, default=0, help="print this many misjudged pairs per set")
    ap.add_argument("--dump", type=Path, default=None, help="write every pair with its decision here (jsonl)")
    args = ap.parse_args()
    parts = ("dev", "heldout") if args.part == "both" else (args.part,)
    report = {}
    for part in parts:
        t0 = time.perf_counter()
        prow = load(SETS[part]["perturb"]) if SETS[part]["perturb"] else []
        crow = load(SETS[part]["comparable"]) if SETS[part]["comparable"] else []
        pout = run(prow, args.model) if prow else []
        cout = run(crow, args.model) if crow else []
        report[part] = {
            "perturb": perturb_metrics(prow, pout) if prow else None,
            "comparable": comparable_metrics(crow, cout) if crow else None,
            "reliability": reliability(list(zip(prow, pout)) + list(zip(crow, cout))),
            "seconds": round(time.perf_counter() - t0, 1),
        }
        _print(part, report[part])
        if args.dump:
            with open(args.dump, "a", encoding="utf-8") as fh:
                for name, rows, out in (("perturb", prow, pout), ("comparable", crow, cout)):
                    for r, o in zip(rows, out):
                        fh.write(json.dumps({"part": part, "set": name, **r, "got": o["relation"], "score": o["score"], "similarity": o.get("similarity"),
                                             "explanation": o["explanation"]}, ensure_ascii=False) + "\n")
        if args.errors:
            for name, rows, out in (("perturb", prow, pout), ("comparable", crow, cout)):
                bad = [(r, o) for r, o in zip(rows, out) if o["relation"] != r["label"]]
                print(f"\n-- {part} {name}: {len(bad)} misjudged (first {args.errors})")
                for r, o in bad[: args.errors]:
                    print(f"[{r.get('perturbation') or r.get('slot')}] gold={r['label']} got={o['relation']} {o['score']:.2f} :: {o['explanation'][:160]}")
                    print(f"   A: {r['a'][:160]}\n   B: {r['b'][:160]}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        log(f"wrote {args.json}")


def _print(part: str, rep: dict) -> None:
    p, c = rep["perturb"], rep["comparable"]
    print(f"== {part} ({rep['seconds']} s)")
    if p:
        print(f"perturbation sets: {p['n_changed']} changed, {p['n_controls']} controls")
        print("  recall per type: " + ", ".join(f"{t} {v:.2f}" for t, v in p["recall"].items()))
        print(f"  contradiction recall {p['contradict_recall']:.3f}, precision {p['contradict_precision']:.3f}; "
              f"false alarms on controls {p['false_alarm_controls']:.3f}")
        print(f"  changed pairs called agree {p['changed_called_agree']:.3f}; controls called agree {p['controls_called_agree']:.3f}")
    if c:
        print(f"comparable pairs ({c['n']}): contradiction P {c['contradict_precision']:.3f} R {c['contradict_recall']:.3f}; "
              f"agree P {c['agree_precision']:.3f} R {c['agree_recall']:.3f}  {c['confusion']}")
    print("reliability (agree/contradict links): " + "; ".join(
        f"{b['bin']}: n={b['n']}" + (f" mean {b['mean_score']:.2f} right {b['observed']:.2f}" if b["n"] else "") for b in rep["reliability"]))


if __name__ == "__main__":
    main()
