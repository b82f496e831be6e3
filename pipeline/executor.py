"""Where per-item work runs: in this process, in forked worker processes, or as tasks on a Dask cluster.

A generic map: it knows nothing of what the items are (files to read, documents to segment, batches to embed).

`make_executor(config)` returns an object with `map(fn, items) -> list` that keeps the order of `items`, so a
local run and a distributed run produce identical tables. Dask is used through dask.distributed: an existing
scheduler (`--executor dask --scheduler tcp://host:8786`) or, without an address, a local cluster of worker
processes on this machine.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

from pipeline.errors import ConfigError


@lru_cache(maxsize=1)
def _libc_name() -> str:
    """The C library's file name, looked up once in the process that forks (the look-up runs `ldconfig -p`: a forked
    worker of a process with threads should not start a program before it can work)."""
    return ctypes.util.find_library("c") or "libc.so.6"


def _exit_with_parent(parent: int, libc_name: str = "libc.so.6") -> None:
    """Worker start-up: end this worker when the process that forked it dies (kill -9 included), instead of
    waiting forever on a queue nobody feeds. Linux tells the worker at once; elsewhere it looks every second."""
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


class LocalExecutor:
    """Runs on this machine: in this process, or a list of at least `min_items` in `processes` forked worker
    processes (per-file reading and segmenting use every core; fork, so the workers start with what this process
    has already imported). Embedding is not sent here: the model already uses every core."""

    name = "local"

    def __init__(self, processes: int | None = None, min_items: int = 16):
        self.processes = (os.cpu_count() or 1) if processes is None else processes
        self.min_items = min_items

    @property
    def forks(self) -> bool:
        return self.processes > 1 and "fork" in multiprocessing.get_all_start_methods()

    def map(self, fn, items, meanwhile=None) -> list:
        """[fn(item) for item in items]; `meanwhile()` (optional) runs in this process while the workers work
        (after they are forked, so they never inherit a half-done import), or after the items when they run here."""
        items = list(items)
        if not self.forks or len(items) < self.min_items:
            results = [fn(item) for item in items]
            if meanwhile is not None:
                meanwhile()
            return results
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(min(self.processes, len(items)), mp_context=context,
                                 initializer=_exit_with_parent, initargs=(os.getpid(), _libc_name())) as pool:
            try:
                results = pool.map(fn, items)  # submits every item at once; the pool forks its workers on the first
                if meanwhile is not None:
                    meanwhile()
                return list(results)
            except BaseException:
                # Ctrl-C or a failed item: the items not yet started are dropped, not worked through first.
                pool.shutdown(wait=True, cancel_futures=True)
                raise

    def close(self) -> None:
        pass


class DaskExecutor:
    """Runs each item as a dask.distributed task; results come back in the order of the items."""

    name = "dask"

    def __init__(self, scheduler: str = "", n_workers: int = 2):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as error:
            raise ConfigError("--executor dask needs dask[distributed] (pip install 'dask[distributed]').") from error
        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="20s")
            else:
                self._cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None)
                self.client = Client(self._cluster)
        except (OSError, TimeoutError) as error:
            raise ConfigError(f"cannot reach the Dask scheduler {scheduler!r}: {error}") from error

    def map(self, fn, items, meanwhile=None) -> list:
        """[fn(item) for item in items] as tasks; `meanwhile()` (optional) runs here while the cluster works."""
        items = list(items)
        futures = self.client.map(fn, items, pure=False) if items else []
        # (pure=False: the same item submitted twice in one run is still computed; results are not shared by key)
        if meanwhile is not None:
            meanwhile()
        return self.client.gather(futures) if items else []

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(executor: str = "local", scheduler: str = ""):
    if executor == "dask":
        return DaskExecutor(scheduler)
    if executor == "local":
        return LocalExecutor()
    raise ConfigError(f"executor={executor!r} should be 'local' or 'dask'.")
