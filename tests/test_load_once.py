"""resources.load_once: the shipped model, word vectors, lexicons and frames are read once per
process, also when worker threads ask for them at the same moment."""

from __future__ import annotations


def test_load_once_runs_the_loader_once_even_when_threads_race() -> None:
    import threading
    import time

    from followup_lint.resources import load_once

    calls: list[int] = []

    @load_once
    def slow_table() -> dict[str, int]:
        calls.append(1)
        time.sleep(0.05)
        return {"rows": len(calls)}

    results: list[dict[str, int]] = []
    threads = [threading.Thread(target=lambda: results.append(slow_table())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1]
    assert all(result is results[0] for result in results) and results[0] == {"rows": 1}
    assert slow_table.__doc__ is None and slow_table.__name__ == "slow_table"


def test_the_shipped_data_is_read_once_per_process() -> None:
    from followup_lint.checks.attendance_frame import frame_reader
    from followup_lint.content.lexicon import builtin_lexicon, load_roles
    from followup_lint.content.model import load_model
    from followup_lint.content.vectors import load_vectors

    for loader in (frame_reader, builtin_lexicon, load_roles, load_model, load_vectors):
        assert loader() is loader(), loader.__name__
