"""Timing shared by the benchmarks: the median of repeated runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    """Run *fn* *repeats* times and return the median wall time in milliseconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def warm(fn: Callable[[int], object], n: int) -> None:
    """Call ``fn(i)`` for i in range(n) once, untimed: a warm process, as a service is.

    The first call on each input touches memory-mapped pages of the disk cache and
    builds what is built on first use; timing it would measure the order of the
    rows (the first row measured paid for the rest), not the call.
    """
    for i in range(n):
        fn(i)


def median_of(fn: Callable[[int], object], n: int) -> float:
    """Median wall time of ``fn(i)`` for i in range(n), in ms, collecting garbage before each."""
    import gc  # noqa: PLC0415

    times = []
    for i in range(n):
        gc.collect()
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def median_hot(fn: Callable[[int], object], n: int) -> float:
    """Median wall time of ``fn(i)`` for i in range(n), in ms, calls back to back (no collection).

    What a service answering one request after another sees between the
    interpreter's own collections; :func:`median_of` collects garbage before
    each call, which leaves the CPU caches cold.
    """
    times = []
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def requirement_matrix(taxonomy: object) -> tuple[object, object]:
    """The floors' matrix: ``(engine index, role x skill CSR of requirement weights)``.

    The floor of a ranking is one sparse product over this matrix (scipy, a
    benchmark-only dependency); every benchmark builds it the same way.
    """
    from scipy.sparse import csr_matrix  # noqa: PLC0415 - optional, benchmarks only

    from careermap.scoring.engine import scoring_index  # noqa: PLC0415

    index = scoring_index(taxonomy)  # type: ignore[arg-type]
    matrix = csr_matrix(
        (index.req_weight, (index.req_role, index.req_skill)),
        shape=(index.n_roles, index.n_skills),
    )
    return index, matrix
