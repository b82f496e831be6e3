"""The corpus folder as a list of entries, each with its fate: a file to read, or why it is not read.

Every entry below the folder is accounted for, so run.json can say what happened to each: regular files (read
when their type is supported), the manifest, hidden files, sub-folders (walked), and what cannot be read as a
document (broken links, link loops, FIFOs, sockets, devices). A link is followed only while it stays inside the
corpus folder, unless `follow_links` is given; a link to a folder is not walked (it would list files twice, or
loop), except with `follow_links` when it leaves the corpus, and then each real folder once.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "manifest.csv"


@dataclass(frozen=True)
class Entry:
    """One entry of the corpus folder. rel: its path below the folder, '/'-separated (folders end in '/');
    path: what to read (None when nothing is read); status: "file" (to read), "manifest", "folder", "ignored"
    (hidden) or "skipped" (with the reason)."""

    rel: str
    path: Path | None
    status: str
    reason: str = ""


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a regular file"


def walk_corpus(corpus: Path, follow_links: bool = False) -> list[Entry]:
    """Every entry below `corpus`, sorted by rel, with its fate (see the module docstring)."""
    corpus = Path(corpus)
    root = corpus.resolve()
    entries: list[Entry] = []
    seen_folders = {root}

    def inside(real: Path) -> bool:
        return real == root or real.is_relative_to(root)

    def visit(folder: Path, prefix: str) -> None:
        try:
            children = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            entries.append(Entry(prefix or "./", None, "skipped", f"folder cannot be listed ({error.strerror})"))
            return
        for child in children:
            rel = prefix + child.name
            path = Path(child.path)
            if child.name.startswith("."):
                entries.append(Entry(rel, None, "ignored", "hidden"))
                continue
            if child.is_symlink():
                try:
                    real = path.resolve(strict=True)
                except RuntimeError:
                    entries.append(Entry(rel, None, "skipped", "link loop"))
                    continue
                except OSError:
                    entries.append(Entry(rel, None, "skipped", "broken link (its target does not exist)"))
                    continue
                if not inside(real) and not follow_links:
                    entries.append(Entry(rel, None, "skipped", f"link to {real}, outside the corpus folder: not "
                                                                "followed (--follow-links reads it)"))
                    continue
                if real.is_dir():
                    if inside(real) or real in seen_folders:
                        entries.append(Entry(rel + "/", None, "skipped", "link to a folder already read: not followed"))
                        continue
                    seen_folders.add(real)
                    entries.append(Entry(rel + "/", None, "folder", f"link to {real}, followed"))
                    visit(real, rel + "/")
                    continue
                mode = real.stat().st_mode
            else:
                try:
                    mode = child.stat(follow_symlinks=False).st_mode
                except OSError as error:
                    entries.append(Entry(rel, None, "skipped", f"cannot be read ({error.strerror})"))
                    continue
                if stat.S_ISDIR(mode):
                    entries.append(Entry(rel + "/", None, "folder"))
                    visit(path, rel + "/")
                    continue
            if not stat.S_ISREG(mode):
                entries.append(Entry(rel, None, "skipped", f"{_kind(mode)}, not a document"))
            elif rel == MANIFEST:
                entries.append(Entry(rel, path, "manifest"))
            else:
                entries.append(Entry(rel, path, "file"))

    visit(corpus, "")
    return sorted(entries, key=lambda entry: entry.rel)
