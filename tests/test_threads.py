"""The numeric libraries' idle threads sleep rather than spin (pipeline/threads.py), unless the user said."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOW = "import os, pipeline; print(os.environ['OMP_WAIT_POLICY'], os.environ['OPENBLAS_THREAD_TIMEOUT'])"


def _shown(**env) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "OPENBLAS_THREAD_TIMEOUT")}
    done = subprocess.run([sys.executable, "-c", SHOW], cwd=ROOT, env={**clean, **env}, capture_output=True,
                          text=True, check=True)
    return done.stdout.strip()


def test_importing_the_pipeline_sets_how_threads_wait_before_numpy_loads():
    assert _shown() == "PASSIVE 4"
    assert "numpy" not in subprocess.run(
        [sys.executable, "-c", "import sys, pipeline.threads; print(sorted(sys.modules))"], cwd=ROOT,
        capture_output=True, text=True, check=True).stdout


def test_a_value_the_user_set_is_kept():
    assert _shown(OMP_WAIT_POLICY="ACTIVE", OPENBLAS_THREAD_TIMEOUT="28") == "ACTIVE 28"
