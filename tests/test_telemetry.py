"""onnxruntime's own telemetry store is not written when the pipeline runs it (pipeline/telemetry.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# One session on a one-node graph: enough for onnxruntime to open its telemetry store when it keeps one.
SESSION = """
import onnx, numpy
from onnx import TensorProto, helper
import onnxruntime
x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])
y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])
graph = helper.make_graph([helper.make_node("Identity", ["x"], ["y"])], "g", [x], [y])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
model.ir_version = 8
session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
print(session.run(None, {"x": numpy.ones(1, numpy.float32)})[0][0])
"""


def _files_written(home: Path, first: str, **env) -> list[str]:
    pytest.importorskip("onnxruntime")
    clean = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    done = subprocess.run([sys.executable, "-c", first + SESSION], cwd=ROOT, capture_output=True, text=True,
                          env={**clean, "HOME": str(home), "PYTHONPATH": str(ROOT), **env}, check=True)
    assert done.stdout.strip() == "1.0"
    return sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())


def test_an_onnx_session_under_the_pipeline_writes_nothing_in_the_home_folder(tmp_path):
    alone, under = tmp_path / "alone", tmp_path / "under"
    alone.mkdir()
    under.mkdir()
    if not _files_written(alone, ""):
        pytest.skip("this onnxruntime keeps no telemetry store of its own")
    assert _files_written(under, "import pipeline\n") == []


def test_a_value_the_user_set_is_kept():
    shown = subprocess.run([sys.executable, "-c", "import os, pipeline; print(os.environ['ORT_DISABLE_TELEMETRY'])"],
                           cwd=ROOT, capture_output=True, text=True, check=True,
                           env={**os.environ, "ORT_DISABLE_TELEMETRY": "0", "PYTHONPATH": str(ROOT)})
    assert shown.stdout.strip() == "0"
