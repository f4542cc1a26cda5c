"""The Literal types of model.py name the same closed vocabularies the code uses."""

from __future__ import annotations

import typing

from crosscheck import model


def test_literals_match_runtime_vocabularies():
    assert typing.get_args(model.SegmentKind) == model.KINDS
    assert typing.get_args(model.Status) == model.STATUSES
    assert typing.get_args(model.Relation) == model.RELATIONS


def test_frame_values_stay_in_their_vocabularies():
    import datetime as dt

    from crosscheck.frame import frame_text

    for text, lang in (("Russia and China will hold talks in Beijing next week, about 300 people said.", "en"),
                       ("Переговоры в Женеве не состоялись 5 мая 2020 года, сообщил МИД.", "ru"),
                       ("The army has been deployed since 2014 for the first time.", "en")):
        f = frame_text(text, lang, dt.date(2020, 6, 1))
        assert f.polarity in typing.get_args(model.Polarity) and f.modality in typing.get_args(model.Modality)
        assert all(e.type in typing.get_args(model.EntityType) for e in f.entities)
        assert all(t.grain in typing.get_args(model.Grain) and t.role in typing.get_args(model.TimeRole) for t in f.times)
        assert all(q.bound in typing.get_args(model.Bound) for q in f.quantities)
        assert all(x.kind in typing.get_args(model.ExclusivityKind) for x in f.exclusivity)
