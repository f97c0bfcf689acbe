"""resources.load_once and load_once_per_key: the shipped model, word vectors, lexicons, frames,
lemma tables and per-language cue sets are read once per process (per language), also when
worker threads ask for them at the same moment."""

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


def test_load_once_per_key_runs_the_loader_once_per_key_even_when_threads_race() -> None:
    import threading
    import time

    from followup_lint.resources import load_once_per_key

    calls: list[str] = []

    @load_once_per_key
    def slow_table(lang: str) -> dict[str, str]:
        """A table per language."""
        calls.append(lang)
        time.sleep(0.05)
        return {"lang": lang}

    langs = ["en", "de", "en", "fr", "de", "en", "fr", "de"]
    results: dict[int, dict[str, str]] = {}

    def ask(i: int, lang: str) -> None:
        results[i] = slow_table(lang)

    threads = [threading.Thread(target=ask, args=(i, lang)) for i, lang in enumerate(langs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(calls) == ["de", "en", "fr"]  # each language once, not once per thread
    for i, lang in enumerate(langs):
        assert results[i] == {"lang": lang} and results[i] is slow_table(lang)
    assert slow_table("en") is not slow_table("de")
    assert sorted(slow_table.loaded_keys()) == ["de", "en", "fr"]
    assert slow_table.__doc__ == "A table per language." and slow_table.__name__ == "slow_table"


def test_a_loader_may_read_another_key_of_its_own_table() -> None:
    from followup_lint.resources import load_once_per_key

    @load_once_per_key
    def table(lang: str) -> list[str]:
        return [lang] if lang == "en" else [lang, *table("en")]  # a fallback to English

    assert table("de") == ["de", "en"] and table("en") == ["en"]


def test_a_failed_load_is_not_cached() -> None:
    from followup_lint.resources import load_once_per_key

    attempts: list[str] = []

    @load_once_per_key
    def flaky(lang: str) -> str:
        attempts.append(lang)
        if len(attempts) == 1:
            raise OSError("disk hiccup")
        return lang

    try:
        flaky("en")
    except OSError:
        pass
    assert flaky("en") == "en" and flaky("en") == "en" and attempts == ["en", "en"]


def test_the_per_language_data_is_read_once_per_language() -> None:
    from followup_lint.content import ask_strength, own_product, sequence_cues
    from followup_lint.content.lemmas import lemma_table

    for loader in (lemma_table, ask_strength._cue_sets, own_product._cue_set, sequence_cues._cue_set):
        assert loader("en") is loader("en"), loader.__name__
        assert loader("de") is not loader("en"), loader.__name__
