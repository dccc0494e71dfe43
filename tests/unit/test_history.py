"""Back and forward, as in a browser."""

from __future__ import annotations

from viewer.reading.history import History


def test_back_and_forward() -> None:
    history = History()
    for place in (0, 10, 20):
        history.visit(place)
    assert history.back() == 10
    assert history.back() == 0
    assert history.back() is None
    assert history.forward() == 10
    assert history.forward() == 20
    assert history.forward() is None


def test_a_new_visit_drops_the_forward_places() -> None:
    history = History()
    for place in (0, 10, 20):
        history.visit(place)
    history.back()
    history.visit(15)
    assert not history.can_go_forward
    assert history.back() == 10


def test_replace_updates_the_current_place() -> None:
    history = History()
    history.visit(0)
    history.visit(10)
    history.replace(12)
    assert history.back() == 0
    assert history.forward() == 12


def test_limit() -> None:
    history = History(limit=3)
    for place in range(10):
        history.visit(place)
    assert [history.back(), history.back(), history.back()] == [8, 7, None]
