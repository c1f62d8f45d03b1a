"""Fixtures of the results tests."""

from __future__ import annotations

import pytest

import careermap


@pytest.fixture(scope="session")
def taxonomy() -> careermap.Taxonomy:
    """The bundled taxonomy (loaded once: the same object as the ``default`` fixture)."""
    return careermap.load_taxonomy()
