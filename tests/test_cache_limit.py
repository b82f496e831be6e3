"""A cache folder stays within its bound: least recently used entries go first, never one the run is using."""

from __future__ import annotations

import os
import pickle

from pipeline import cache as cache_module
from pipeline.cache import Cache


def _old(path, age: int) -> None:
    """Set an entry's modification time `age` seconds in the past (entries of an earlier run)."""
    stamp = os.stat(path).st_mtime - age
    os.utime(path, (stamp, stamp))


def _entry_size() -> int:
    return len(pickle.dumps(b"x" * 1000, protocol=pickle.HIGHEST_PROTOCOL))


def test_least_recently_used_entries_go_first_once_the_folder_is_over_its_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "_USED_HERE", set())
    folder = tmp_path / "themes"
    earlier = Cache(folder)
    for k, key in enumerate(("a", "b", "c", "d")):
        earlier.put(key, b"x" * 1000)
        _old(earlier.path(key), 1000 - 100 * k)  # a oldest, d newest
    cache_module._USED_HERE.clear()  # a later run: nothing of these used yet
    later = Cache(folder, limit=4 * _entry_size())
    os.utime(later.path("b"))  # read recently by another run: most recently used now
    later.put("e", b"x" * 1000)
    left = sorted(p.stem for p in folder.glob("*.pickle"))
    assert left == ["b", "c", "d", "e"]
    assert later.get("c") == b"x" * 1000


def test_an_entry_read_or_written_by_this_run_is_never_deleted(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "_USED_HERE", set())
    folder = tmp_path / "segments"
    run = Cache(folder, limit=2 * _entry_size())
    for key in ("a", "b", "c"):
        Cache(folder, limit=10 ** 9).put(key, b"x" * 1000)
        _old(run.path(key), 1000)
    cache_module._USED_HERE.clear()
    assert run.get("a") == b"x" * 1000  # used by this run, and the oldest before it was read
    _old(run.path("a"), 5000)
    run.put("d", b"x" * 1000)
    run.put("e", b"x" * 1000)  # over the bound with only entries this run used left: they stay
    left = sorted(p.stem for p in folder.glob("*.pickle"))
    assert left == ["a", "d", "e"]


def test_reading_marks_an_entry_recently_used(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "_USED_HERE", set())
    store = Cache(tmp_path / "matrix")
    store.put("k", {"tables": 1})
    _old(store.path("k"), 10_000)
    before = os.stat(store.path("k")).st_mtime
    assert store.get("k") == {"tables": 1}
    assert os.stat(store.path("k")).st_mtime > before + 5_000


def test_an_entry_deleted_meanwhile_is_a_miss_without_a_note(tmp_path):
    notes = []
    store = Cache(tmp_path / "tracker", say=notes.append)
    assert store.get("gone") is None
    store.put("k", 1)
    store.path("k").unlink()
    assert store.get("k") is None and notes == []


def test_the_folder_is_scanned_at_the_first_write_and_again_only_past_the_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "_USED_HERE", set())
    store = Cache(tmp_path / "text", limit=3 * _entry_size())
    scans = []
    scan = store._keep_within_limit
    monkeypatch.setattr(store, "_keep_within_limit", lambda: scans.append(1) or scan())
    for key in ("a", "b", "c"):
        store.put(key, b"x" * 1000)
    assert len(scans) == 1  # the first write; the next two stay within the bound
    store.put("d", b"x" * 1000)  # past the bound: scanned again, nothing deletable (all used here)
    assert len(scans) == 2
    assert sorted(p.stem for p in (tmp_path / "text").glob("*.pickle")) == ["a", "b", "c", "d"]
