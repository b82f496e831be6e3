"""spaCy, imported without torch and without its command line.

spaCy's machine-learning layer (thinc) imports torch whenever it is installed, which costs a run about 2.5 s and
300 MB, though neither the tokenizer nor the small English tagger uses it. `import_spacy` imports spaCy with
torch hidden, unless torch is already loaded (the torch embedding backend), so thinc then runs on numpy alone.
spaCy's package also imports its command line (`spacy.cli`: model downloads, project tools, HTTP clients) for one
name, `spacy.info`; that is a third of the import (0.3 s), so a stand-in takes its place during the import and
is removed after it: `spacy.info` and a later `import spacy.cli` still reach the real ones.
"""

from __future__ import annotations

import sys
import types
from functools import lru_cache


@lru_cache(maxsize=1)
def import_spacy():
    """The spacy module; torch stays unimported when it was not imported before."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    hidden = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    hidden["spacy.cli.info"].info = _info
    hidden["spacy.cli"].info = hidden["spacy.cli.info"]
    if "torch" not in sys.modules:
        hidden["torch"] = None  # makes `import torch` fail inside thinc, which then does without it
    sys.modules.update(hidden)
    try:
        import spacy
    finally:
        for name in hidden:
            del sys.modules[name]
    if getattr(spacy, "cli", None) is hidden["spacy.cli"]:
        del spacy.cli  # `import spacy.cli` now imports the real one
    return spacy


def _info(*args, **kwargs):
    """spaCy's `info`, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
