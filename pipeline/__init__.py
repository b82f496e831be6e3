"""Council findings theme pipeline: documents -> findings -> embeddings -> themes -> matrices.

Each stage is a function over pandas tables; see the stage modules for their columns.
"""

import pipeline.telemetry  # noqa: F401 - before onnxruntime is loaded
import pipeline.threads  # noqa: F401 - before numpy, scipy or scikit-learn is loaded

__version__ = "0.1.0"
