"""spaCy imported without torch and without its command line, in a fresh interpreter."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECK = """
import sys
from pipeline.nlp import import_spacy
spacy = import_spacy()
assert "torch" not in sys.modules and "spacy.cli" not in sys.modules and "httpx" not in sys.modules
assert [t.text for t in spacy.blank("en")("Caseloads are high.")] == ["Caseloads", "are", "high", "."]
import spacy.cli  # the real command line is still there for whoever asks for it
assert hasattr(spacy.cli, "download") and callable(spacy.info)
assert import_spacy() is spacy
print("ok")
"""


def test_spacy_without_torch_or_its_command_line():
    done = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
