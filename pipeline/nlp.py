"""spaCy, imported without torch.

spaCy's machine-learning layer (thinc) imports torch whenever it is installed, which costs a run about 2.5 s and
300 MB, though neither the sentencizer nor the small English tagger uses it. `import_spacy` imports spaCy with
torch hidden, unless torch is already loaded (the torch embedding backend), so thinc then runs on numpy alone.
"""

from __future__ import annotations

import sys
from functools import lru_cache


@lru_cache(maxsize=1)
def import_spacy():
    """The spacy module; torch stays unimported when it was not imported before."""
    if "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # makes `import torch` fail inside thinc, which then does without it
    try:
        import spacy
    finally:
        del sys.modules["torch"]
    return spacy
