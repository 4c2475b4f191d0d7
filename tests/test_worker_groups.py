"""The suite's tests are shared among workers by group (tests/conftest.py: a file's tests, and
every test of the real WordPress, share one worker): what a module builds once, it builds once."""

from __future__ import annotations

import pytest


def test_this_files_group_reached_the_worker(request: pytest.FixtureRequest) -> None:
    """pytest-xdist's loadgroup marks a test's group in its id and sends a group to one worker;
    with pytest 9.2.0 the mark was lost, and a file's tests went to every worker."""
    if not getattr(request.config, "workerinput", None):
        pytest.skip("not run by an xdist worker (-n 0)")
    if not getattr(request.config.option, "loadgroup", False):
        pytest.skip("not run with --dist loadgroup")
    assert request.node.nodeid.endswith("@tests/test_worker_groups.py"), request.node.nodeid
