"""Libraries' own telemetry off, set before they are loaded.

onnxruntime (1.32 on Linux) keeps a telemetry store of its own: on the first session of every process it writes a
device id and an event database to ~/.cache/Microsoft/DeveloperTools/.onnxruntime/, outside the run folder and the
caches this tool names, whatever the run. ORT_DISABLE_TELEMETRY=1, read when onnxruntime is loaded, stops it
(onnxruntime.disable_telemetry_events() after loading does not: the store is still written). A value the user set is
kept. `pipeline/__init__.py` imports this module, so it is set before any module of the package loads onnxruntime.
"""

from __future__ import annotations

import os

OFF = {"ORT_DISABLE_TELEMETRY": "1"}

for _name, _value in OFF.items():
    os.environ.setdefault(_name, _value)
