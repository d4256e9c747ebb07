"""Shared fixtures: a temp store, the loaded coder (once per session), no network."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from sitrep.config import load_settings
from sitrep.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Tests never use the network: only loopback connections are allowed."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in ("127.0.0.1", "localhost", "::1") and \
                not host.startswith("/"):
            raise RuntimeError(f"network access in a test: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def store(db_path):
    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def settings(db_path):
    return load_settings(db=db_path)


@pytest.fixture(scope="session")
def coder():
    """The real coder with the built-in dictionaries, loaded once for the whole run."""
    from sitrep.coding import make_coder

    return make_coder(load_settings())


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not present")
    return SHARED
