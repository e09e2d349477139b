"""Two first taggings of a fresh store at once (the app's Overview and VoC tabs load together) run one after the
other: no DuckDB write-write conflict, and the second finds nothing left to tag."""

from __future__ import annotations

import threading

from tools.store import Store
from tools.tagging.cache import TaggingStats, tag_store


def test_concurrent_first_taggings_tag_each_item_once(writable_demo_store: Store) -> None:
    results: list[TaggingStats] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def run() -> None:
        start.wait()
        try:
            results.append(tag_store(writable_demo_store))
        except BaseException as exc:  # collected: a failure in a thread must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert sorted(stats.items_tagged for stats in results)[0] == 0  # the second had nothing to do
    assert sum(stats.items_tagged for stats in results) == results[0].items_seen
