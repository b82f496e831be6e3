"""Content-addressed caches on disk: what was read from files, segments, learned classes, theme fits and embeddings.

Each cache is a folder of entries named by a key that hashes everything the entry was computed from (the
input's content, the parameters and the code that computes it), in the spirit of scikit-learn's `memory=`:
a changed input or changed code simply misses. Entries are written through temporary names, so an interrupted
run never leaves half an entry; an entry that cannot be read is reported, recomputed and replaced, and a cache
folder that cannot be written (read-only, full disk) is reported once and the run goes on without caching.

    Cache(folder).get(key) -> value | None;  Cache(folder).put(key, value)
    EmbeddingCache: vectors in chunks, one folder per model id
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from pathlib import Path

import numpy as np

# Failures that mean "this entry is unusable", not "this machine is broken".
_UNREADABLE = (OSError, EOFError, ValueError, pickle.UnpicklingError, AttributeError, ImportError, IndexError)


def digest(*parts: str | bytes, length: int = 24) -> str:
    """sha256 of the parts, each followed by a NUL, as hex cut to `length`."""
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(part if isinstance(part, bytes) else str(part).encode("utf-8"))
        hashed.update(b"\x00")
    return hashed.hexdigest()[:length]


def code_digest(names: tuple[str, ...]) -> str:
    """sha256 of this package's own files `names` (paths below pipeline/; a name listed twice counts once): results
    made by other code are not reused. pipeline.code_files.code_of lists the files a result is made by."""
    here = Path(__file__).resolve().parent
    return hashlib.sha256(b"".join((here / name).read_bytes() for name in dict.fromkeys(names))).hexdigest()


def _write_through_tmp(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        write(handle)
    tmp.replace(path)


class _CacheFolder:
    """A cache folder that, once it cannot be written (read-only, full disk), says so once and is not written again.
    say: where notes about the cache go."""

    def __init__(self, folder: Path | str, say=None):
        self.folder = Path(folder)
        self.say = say
        self._unwritable = False

    def _write_or_go_on(self, write) -> None:
        """Run `write()`; an OSError marks the folder unwritable (noted once) and the run goes on without it."""
        if self._unwritable:
            return
        try:
            write()
        except OSError as error:
            self._unwritable = True
            if self.say is not None:
                self.say(f"{self.folder}: cache cannot be written ({error.strerror or error}); going on without it")


# Bytes one cache folder (text, segments, themes, ...) may hold: beyond it, its least recently used entries are
# deleted, never one this process has read or written. Changed code adds entries beside the old ones, so without a
# bound a cache grows with every version run (a 105-report corpus: about 20 MB of fitted themes per version).
CACHE_LIMIT = 2 * 1024 ** 3
_USED_HERE: set[Path] = set()  # entries this process read or wrote: a run never deletes what it is using


class Cache(_CacheFolder):
    """Python values (pickled), one file per key in `folder`. say: where a note about an unreadable entry goes.
    limit: the folder's bound in bytes (CACHE_LIMIT); reading an entry marks it recently used."""

    suffix = ".pickle"

    def __init__(self, folder: Path | str, say=None, limit: int = CACHE_LIMIT):
        super().__init__(folder, say)
        self.limit = limit
        self._held: int | None = None  # bytes the folder held at the last scan plus what this object wrote since

    def path(self, key: str) -> Path:
        return self.folder / f"{key}{self.suffix}"

    def get(self, key: str):
        """The value stored under `key`, or None when there is none or it cannot be read."""
        path = self.path(key)
        if not path.exists():
            return None
        try:
            value = self._read(path)
        except FileNotFoundError:  # deleted meanwhile by another run sharing the cache
            return None
        except _UNREADABLE as error:
            if self.say is not None:
                self.say(f"{path}: cache entry could not be read ({type(error).__name__}); computed again")
            return None
        _USED_HERE.add(path)
        with contextlib.suppress(OSError):  # a read-only cache is still read
            os.utime(path)
        return value

    def put(self, key: str, value) -> None:
        path = self.path(key)
        _USED_HERE.add(path)
        self._write_or_go_on(lambda: _write_through_tmp(path, lambda handle: self._write(handle, value)))
        self._write_or_go_on(lambda: self._count_written(path))

    def _count_written(self, path: Path) -> None:
        """Add a written entry to the folder's size; scan (and prune) only at the first write and once the count
        passes the bound, not after every write (what other runs write meanwhile is seen at the next scan)."""
        if self._held is not None:
            with contextlib.suppress(FileNotFoundError):
                self._held += path.stat().st_size
        if self._held is None or self._held > self.limit:
            self._held = self._keep_within_limit()

    def _keep_within_limit(self) -> int:
        """Delete the least recently used entries (oldest modification time first) until the folder holds at
        most `limit` bytes, sparing every entry this process has used; the bytes left."""
        entries = []
        with os.scandir(self.folder) as found:
            for entry in found:
                if entry.name.endswith(self.suffix) and not entry.name.startswith("."):
                    with contextlib.suppress(OSError):
                        stat = entry.stat()
                        entries.append((stat.st_mtime_ns, entry.name, stat.st_size))
        total = sum(size for *_, size in entries)
        for _, name, size in sorted(entries):
            if total <= self.limit:
                break
            path = self.folder / name
            if path in _USED_HERE:
                continue
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            total -= size
        return total

    def __contains__(self, key: str) -> bool:
        return self.path(key).exists()

    def _read(self, path: Path):
        with open(path, "rb") as handle:
            return pickle.load(handle)

    def _write(self, handle, value) -> None:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)


def text_key(model_id: str, text: str) -> str:
    """Cache key of one text under one embedding model."""
    return hashlib.sha256(f"{model_id}\x00{text}".encode("utf-8")).hexdigest()[:32]


class EmbeddingCache(_CacheFolder):
    """Vectors on disk, one .npy file per model and chunk, keyed by `text_key`.

    A run loads the keys it needs, embeds only the missing texts and appends them as a new chunk, so a rerun
    of an unchanged corpus embeds nothing and a new document costs only its own findings.
    """

    def model_folder(self, model_id: str) -> Path:
        """The folder of one model's chunks (named by a hash of the model id)."""
        return self.folder / hashlib.sha256(model_id.encode("utf-8")).hexdigest()[:16]

    def load(self, model_id: str) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for keys_file in sorted(self.model_folder(model_id).glob("chunk-*.keys")):
            vectors_file = keys_file.with_suffix(".npy")
            if not vectors_file.exists():
                continue  # a chunk whose writing was interrupted
            try:
                keys = keys_file.read_text().split()
                vectors = np.load(vectors_file, mmap_mode="r")
                if len(keys) != len(vectors) or vectors.ndim != 2:
                    raise ValueError("keys and vectors do not match")
            except (OSError, ValueError) as error:
                if self.say is not None:
                    self.say(f"{vectors_file}: cache entry could not be read ({error}); embedded again")
                for broken in (keys_file, vectors_file):
                    with contextlib.suppress(OSError):
                        broken.unlink(missing_ok=True)
                continue
            found.update(zip(keys, vectors))
        return found

    def add(self, model_id: str, keys: list[str], vectors: np.ndarray) -> None:
        if keys:
            self._write_or_go_on(lambda: self._add(model_id, keys, vectors))

    def _add(self, model_id: str, keys: list[str], vectors: np.ndarray) -> None:
        folder = self.model_folder(model_id)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "model.txt").write_text(model_id)
        name = hashlib.sha256("".join(keys).encode()).hexdigest()[:16]
        # Vectors first, keys last, each through a rename: a chunk with keys is always complete.
        tmp = folder / f".chunk-{name}.npy.tmp"
        with open(tmp, "wb") as handle:
            np.save(handle, vectors.astype(np.float32))
        tmp.replace(folder / f"chunk-{name}.npy")
        tmp_keys = folder / f".chunk-{name}.keys.tmp"
        tmp_keys.write_text("\n".join(keys))
        tmp_keys.replace(folder / f"chunk-{name}.keys")
