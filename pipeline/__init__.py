"""Council findings theme pipeline: documents -> findings -> embeddings -> themes -> matrices.

Each stage is a function over pandas tables; see the stage modules for their columns.
"""

__version__ = "0.1.0"
