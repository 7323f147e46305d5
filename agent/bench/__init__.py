"""The `aegis bench ...` benchmarks, one module each."""


def percentile(values: list[float], q: float) -> float:
    """The value at rank q (0-1) of the sorted values, the nearest rank rounded."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]
