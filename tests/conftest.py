from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

SEED = Path(__file__).resolve().parent.parent / "seeds" / "kazakh-protesters.txt"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "test.db")


@pytest.fixture
def invoke(runner, db_path):
    """Run a factcheck command against the test database."""

    def run(*args, input=None, db=True):
        argv = list(args) + (["--db", db_path] if db else [])
        return runner.invoke(app, argv, input=input)

    return run


@pytest.fixture(scope="session")
def seed_path():
    return str(SEED)


@pytest.fixture(scope="session")
def seed_claims():
    from factcheck.extract import extract
    from factcheck.reader import read_article

    return extract(read_article(str(SEED), outlet="RFE/RL"))
