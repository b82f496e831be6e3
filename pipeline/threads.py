"""How the numeric libraries' worker threads wait between pieces of work, set before they are loaded.

scikit-learn's k-means (OpenMP) and scipy's linear algebra (OpenBLAS) split work across every core, and by
default their idle threads spin, waiting for the next piece of work. On a machine whose cores other programs
also use, a spinning thread takes a core the thread it waits for needs. Waiting threads that sleep instead
(OpenMP's passive policy; OpenBLAS threads asleep after 2^4 cycles) keep the same number of threads, so every
result is the same to the bit; on 10,000 findings, two cores shared with other programs (load 6-9), the
micro-clusters' k-means took 1.1 s instead of 4.2 s and the topic words' SVD 3.6-4.0 s instead of 10.7-11.6 s.
A value the user set is kept.
Read by the libraries when they are loaded: `pipeline/__init__.py` imports this module first.
"""

from __future__ import annotations

import os

WAITING = {"OMP_WAIT_POLICY": "PASSIVE", "OPENBLAS_THREAD_TIMEOUT": "4"}

for _name, _value in WAITING.items():
    os.environ.setdefault(_name, _value)
