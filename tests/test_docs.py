"""Every command is documented: help with a summary and an example, -h, every option explained,
--csv beside --json, and an example in the README (the command tree is walked, subcommands too)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from factcheck.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
# Commands whose --json prints one object of figures, not a list of records: no CSV for them.
NOT_LISTINGS = {"eval"}


def walk(command, path=()):
    """(path, command) for every command below `command`, groups included, depth first."""
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield (*path, name), sub
        yield from walk(sub, (*path, name))


ROOT = typer.main.get_command(app)
COMMANDS = list(walk(ROOT))
GROUPS = {" ".join(p) for p, c in COMMANDS if hasattr(c, "commands")}
LEAVES = [(p, c) for p, c in COMMANDS if " ".join(p) not in GROUPS or getattr(c, "invoke_without_command", False)]


def readme_examples() -> list[str]:
    """Command lines inside the README's code blocks."""
    lines = []
    # fences pair line by line, so a ```json block cannot shift which blocks are read
    for lang, block in re.findall(r"^```(\w*)\n(.*?)^```", README, re.S | re.M):
        if lang not in {"", "bash", "sh", "console"}:
            continue
        for line in block.splitlines():
            lines += [part.strip() for part in line.split("|")]
    return lines


def test_the_tree_is_walked():
    names = {" ".join(p) for p, _ in COMMANDS}
    assert {"ingest", "report", "verdict", "export", "sources", "sources alias", "sources merge"} <= names


@pytest.mark.parametrize("path", [" ".join(p) for p, _ in LEAVES])
def test_readme_has_an_example_of_every_command(path):
    examples = readme_examples()
    pattern = re.compile(rf"(?:^|\s)factcheck {re.escape(path)}(?:\s|$)")
    found = [line for line in examples if pattern.search(line)]
    # a group whose own invocation lists things (`factcheck sources`) must be shown bare or with options
    if path in GROUPS:
        sub = {p[-1] for p, _ in COMMANDS if " ".join(p[:-1]) == path}
        found = [line for line in found if line.split(f"factcheck {path}", 1)[1].split()[:1] not in [[s] for s in sub]]
    assert found, f"README.md has no example of `factcheck {path}` in a code block"


@pytest.mark.parametrize("path", [" ".join(p) for p, _ in COMMANDS])
def test_help_has_summary_example_and_short_flag(runner, path):
    args = path.split()
    long_help = runner.invoke(app, [*args, "--help"])
    short_help = runner.invoke(app, [*args, "-h"])
    assert long_help.exit_code == 0 and short_help.exit_code == 0
    assert long_help.stdout == short_help.stdout
    command = dict((" ".join(p), c) for p, c in COMMANDS)[path]
    summary = (command.help or "").strip().splitlines()[0]
    assert summary.endswith(".") and len(summary) <= 100, summary
    if path in {" ".join(p) for p, _ in LEAVES}:  # a command that does something: show how
        assert "Example:" in long_help.stdout
        example = long_help.stdout.split("Example:", 1)[1].strip().splitlines()[0].strip()
        assert example.startswith(f"factcheck {path}"), example


@pytest.mark.parametrize("path", [" ".join(p) for p, _ in LEAVES])
def test_every_option_is_explained_and_listings_have_csv(path):
    command = dict((" ".join(p), c) for p, c in COMMANDS)[path]
    for param in command.params:
        if param.param_type_name == "option":
            assert (param.help or "").strip(), f"{path}: {param.opts} has no help"
    opts = {o for p in command.params for o in p.opts}
    if "--json" in opts and path.split()[0] not in NOT_LISTINGS:
        assert {"--csv", "--nl"} <= opts, f"{path} lists records: it needs --csv and --nl beside --json"


def test_shell_completion_is_offered_and_documented(runner):
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout
    assert "factcheck --install-completion" in README and "factcheck --show-completion" in README
    # as a person runs it, from a shell: typer prints the script of the shell it finds among the
    # command's parents (a test runner started without one has none); `; exit` keeps bash a parent
    shown = subprocess.run(
        ["bash", "-c", '"$0" -m factcheck --show-completion; exit $?', sys.executable],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0 and "_factcheck_completion" in shown.stdout


def test_the_python_example_in_the_readme_runs(tmp_path, monkeypatch, capsys, seed_path):
    """The README's "Using factcheck from Python" example, run as written (in a fresh folder
    with the seed article), does what its comments say; and every public name exists."""
    import shutil

    import factcheck

    assert all(hasattr(factcheck, name) for name in factcheck.__all__)
    section = README.split("## Using factcheck from Python", 1)[1]
    code = re.search(r"^```python\n(.*?)^```", section, re.S | re.M).group(1)
    (tmp_path / "seeds").mkdir()
    shutil.copy(seed_path, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("1 article added, 0 unchanged") and (tmp_path / "example.db").exists()
    assert "denies that the facilities are internment camps" in out
    assert any(re.fullmatch(r"denial .+ vs China 0\.\d+", line) for line in out)
