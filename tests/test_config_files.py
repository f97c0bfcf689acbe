"""Configuration files: which one applies, how its paths resolve, what flags override, and
strict validation (an unknown key, rule or option exits 2 with one line and a did-you-mean)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup_lint.cli import main
from followup_lint.config import OPTIONS, ConfigError, discover_config, find_config_file, load_config

RECORDS = (
    "first_name,last_name,email\n"
    "Parissa,Behnia,parissa.behnia@northwind.example\n"
    "Daniel,Okafor,daniel.okafor@northwind.example\n"
)
# FL006 (error) and FL003 (error) fire here; FL207 (warning) for the exclamation marks
BROKEN = "Hi *|FNAME|*, {{ frist_name }}\n\nThanks for joining us on Tuesday!!!\n"
CLEAN = "Hi {{ first_name }},\n\nHere is the recording of Tuesday's session.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def campaign(folder: Path, template: str = BROKEN, name: str = "follow-up.j2") -> Path:
    write(folder / name, template)
    write(folder / "recipients.csv", RECORDS)
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    try:
        code = main(["check", "--format", "text", *map(str, args)])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def codes_in(out: str) -> set[str]:
    """Rule codes of the findings in text output (``path:line:col: CODE [severity] ...``)."""
    return set(re.findall(r": ([A-Z]{2,4}\d{3}) \[", out))


# --------------------------------------------------------------------------- which file applies


def test_the_nearest_config_file_applies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "emails"\n\n[tool.followup-lint]\nselect = ["FL006"]\n')
    write(tmp_path / "campaigns" / "emea" / ".followup-lint.toml", 'select = ["FL003"]\n')
    emea = campaign(tmp_path / "campaigns" / "emea")
    apac = campaign(tmp_path / "campaigns" / "apac")
    assert find_config_file(emea / "follow-up.j2") == emea / ".followup-lint.toml"
    assert find_config_file(apac) == tmp_path / "pyproject.toml"
    _, out, _ = run(capsys, emea)
    assert codes_in(out) == {"FL003"}
    _, out, _ = run(capsys, apac / "follow-up.j2")
    assert codes_in(out) == {"FL006"}


def test_explicit_config_file_replaces_discovery(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / ".followup-lint.toml", 'select = ["FL006"]\n')
    other = write(tmp_path / "ci" / "strict.toml", 'select = ["FL003"]\n')
    folder = campaign(tmp_path / "webinar")
    _, out, _ = run(capsys, "--config", other, folder)
    assert codes_in(out) == {"FL003"}
    _, out, _ = run(capsys, "--isolated", "--select", "FL0", folder)
    assert {"FL003", "FL006"} <= codes_in(out)


def test_relative_paths_resolve_against_the_config_files_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """rule-files, rule-dirs, campaigns and globs in a config are relative to its folder, not
    to wherever followup-lint is started from."""
    project = tmp_path / "project"
    write(project / "lint" / "house.yml", _pack("ACME101", "no-synergy", "synergy"))
    write(project / "lint" / "packs" / "legal.yml", _pack("LGL001", "no-guarantee", "guaranteed results"))
    write(project / "lint" / "packs" / "README.txt", "not a rule pack")
    write(
        project / "config" / "followup-lint.toml",
        'select = ["ACME", "LGL", "FL003"]\n'
        'rule-files = ["../lint/house.yml"]\n'
        'rule-dirs = ["../lint/packs"]\n'
        '[per-file-ignores]\n"../campaigns/legacy/*.j2" = ["FL003"]\n',
    )
    write(project / "campaigns" / "q4" / "pitch.j2", "Hi {{ first_name }},\n\nOur synergy brings guaranteed results.\n")
    write(project / "campaigns" / "q4" / "recipients.csv", RECORDS)
    write(project / "campaigns" / "legacy" / "old.j2", "Hi {{ frist_name }},\n")
    write(project / "campaigns" / "legacy" / "recipients.csv", RECORDS)
    elsewhere = tmp_path / "somewhere" / "else"
    elsewhere.mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    loaded = load_config(Path("../../project/config/followup-lint.toml"))
    assert [p.name for p in loaded.rule_files] == ["house.yml", "legal.yml"]
    code, out, err = run(capsys, "--config", "../../project/config/followup-lint.toml", "../../project/campaigns")
    assert err == ""
    assert codes_in(out) == {"ACME101", "LGL001"}, out  # FL003 in legacy/ is ignored per file
    assert code == 1


def _pack(code: str, name: str, phrase: str) -> str:
    return (
        "rules:\n"
        f"  - code: {code}\n"
        f"    name: {name}\n"
        "    type: existence\n"
        "    severity: error\n"
        f"    summary: The email says '{phrase}'.\n"
        f"    message: \"house style: no '{{match}}'\"\n"
        "    in: message\n"
        f"    tokens: ['{phrase}']\n"
    )


def test_rule_dirs_are_listed_by_the_rules_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "packs" / "house.yaml", _pack("ACME102", "no-circle-back", "circle back"))
    config = write(tmp_path / ".followup-lint.toml", 'rule-dirs = ["packs"]\n')
    assert main(["rules", "--config", str(config)]) == 0
    assert "ACME102  no-circle-back" in capsys.readouterr().out


def test_pyproject_without_the_table_does_not_stop_the_search(tmp_path: Path) -> None:
    write(tmp_path / ".followup-lint.toml", 'locale = "de"\n')
    write(tmp_path / "emails" / "pyproject.toml", '[project]\nname = "emails"\n')
    folder = campaign(tmp_path / "emails" / "webinar")
    assert discover_config(folder).locale == "de"


# --------------------------------------------------------------------------- flags win


def test_command_line_flags_win_over_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / ".followup-lint.toml", 'select = ["FL006"]\nfail-on = "info"\n')
    folder = campaign(tmp_path / "webinar", template="Hi {{ first_name }},\n\nThanks for joining us on Tuesday!!!\n")
    code, out, _ = run(capsys, folder, "--select", "FL207")
    assert codes_in(out) == {"FL207"} and code == 1  # the file's fail-on = info still applies
    code, out, _ = run(capsys, folder, "--select", "FL207", "--fail-on", "error")
    assert codes_in(out) == {"FL207"} and code == 0


# --------------------------------------------------------------------------- fail-on


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("", 1),  # default: error
        ('fail-on = "error"\n', 1),
        ('fail-on = "warning"\n', 1),
        ('fail-level = "warning"\n', 1),  # the older spelling still works
    ],
)
def test_fail_on_key(tmp_path: Path, capsys: pytest.CaptureFixture[str], setting: str, expected: int) -> None:
    write(tmp_path / ".followup-lint.toml", 'select = ["FL006", "FL207"]\n' + setting)
    code, _, _ = run(capsys, campaign(tmp_path / "webinar"))
    assert code == expected


def test_fail_on_decides_the_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = campaign(tmp_path / "webinar", template="Hi {{ first_name }},\n\nThanks for joining us on Tuesday!!!\n")
    assert run(capsys, "--isolated", "--select", "FL207", folder)[0] == 0  # a warning, fail-on error
    assert run(capsys, "--isolated", "--select", "FL207", "--fail-on", "warning", folder)[0] == 1
    assert run(capsys, "--isolated", "--select", "FL207", "--fail-level", "warning", folder)[0] == 1
    write(tmp_path / ".followup-lint.toml", 'select = ["FL207"]\nfail-on = "warning"\n')
    assert run(capsys, folder)[0] == 1
    code, out, _ = run(capsys, folder, "--fail-on", "error")
    assert code == 0 and "FL207" in out
    assert load_config(tmp_path / ".followup-lint.toml").fail_level.value == "warning"


def test_fail_on_and_fail_level_in_one_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / ".followup-lint.toml", 'fail-on = "warning"\nfail-level = "error"\n')
    code, out, err = run(capsys, campaign(tmp_path / "webinar"))
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == [
        f"followup-lint: error: {tmp_path / '.followup-lint.toml'}: set 'fail-on' or its older alias 'fail-level', not both"
    ]


# --------------------------------------------------------------------------- strict validation


@pytest.mark.parametrize(
    ("toml", "fragment"),
    [
        ('fail-onn = "warning"\n', "unknown option 'fail-onn'; did you mean 'fail-on'?"),
        ('rule-dir = ["packs"]\n', "unknown option 'rule-dir'; did you mean 'rule-dirs'?"),
        ('fail-on = "fatal"\n', "unknown severity 'fatal'"),
        ('[severity]\nFL0066 = "info"\n', "severity: 'FL0066' matches no rule; did you mean 'FL006'?"),
        ('[severity]\ngreeting-uses-surnames = "info"\n', "did you mean 'greeting-uses-surname'?"),
        ('[severity]\nFL1 = "info"\n', "severity: 'FL1' is a prefix; name one rule"),
        ('[rules.subject-to-long]\nmax-length = 60\n', "rules: 'subject-to-long' matches no rule; did you mean 'subject-too-long'?"),
        ('[per-file-ignores]\n"legacy/*.j2" = ["FL0006"]\n', "per-file-ignores['legacy/*.j2']: 'FL0006' matches no rule; did you mean 'FL006'?"),
        ('[per-file-ignores]\n"legacy/*.j2" = "FL006"\n', None),  # one string is accepted
        ('rule-dirs = ["no-such-folder"]\n', "rule-dirs: no such folder"),
        ('[[campaigns]]\ntemplates = ["q4/*.j2"]\nrecipient = "q4.csv"\n', "campaigns[0]: unknown key 'recipient'; did you mean 'recipients'?"),
        ('[[campaigns]]\ntemplates = ["q4/*.j2"]\n', "campaigns[0]: 'recipients' is required"),
        ("campaigns = \"q4\"\n", "'campaigns' must be a list of tables"),
        ('[[ignore-recipients]]\nemial = "a@b.example"\nrules = ["FL104"]\n', "unknown key 'emial'; did you mean 'email'?"),
        ('[[ignore-recipients]]\nemail = "daniel.okafor@northwind.example"\nrules = ["FL1044"]\n',
         "ignore-recipients[0].rules: 'FL1044' matches no rule; did you mean 'FL104'?"),
        ('[[ignore-recipients]]\nemail = "daniel.okafor@northwind.example"\n', "ignore-recipients[0]: 'rules' is required"),
        ('[[ignore-recipients]]\nemail = "daniel.okafor"\nrules = ["FL104"]\n', "'email' must be an email address"),
        ('[[ignore-recipients]]\nemail = "a@northwind.example"\ndomain = "northwind.example"\nrules = ["FL4"]\n',
         "give exactly one of 'email', 'domain' or 'row' (found email, domain)"),
        ('[[ignore-recipients]]\nrow = 3\nrules = ["FL4"]\n', "'row' needs 'file'"),
        ('[[ignore-recipients]]\nrow = 0\nfile = "recipients.csv"\nrules = ["FL4"]\n', "'row' must be a line number"),
    ],
)
def test_strict_validation(tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, fragment: str | None) -> None:
    write(tmp_path / ".followup-lint.toml", toml)
    code, out, err = run(capsys, campaign(tmp_path / "webinar"))
    if fragment is None:
        assert code in (0, 1) and err == ""
        return
    assert (code, out) == (2, ""), out
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("followup-lint: error: ") and fragment in err
    assert "Traceback" not in err


def test_unknown_rule_option_gets_a_did_you_mean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from followup_lint.registry import build_registry

    spec = build_registry(plugins=False).lookup("FL504")
    assert spec is not None and spec.options, "FL504 declares options"
    option = sorted(spec.options)[0]
    write(tmp_path / ".followup-lint.toml", f"[rules.subject-too-long]\n{option}x = 1\n")
    code, _, err = run(capsys, campaign(tmp_path / "webinar"))
    assert code == 2
    assert f"rules.subject-too-long: unknown option '{option}x'; did you mean '{option}'?" in err


def test_the_api_validates_a_mapping_like_a_file() -> None:
    import followup_lint

    with pytest.raises(ConfigError, match=r"unknown option 'fail_on'; did you mean 'fail-on'\?"):
        followup_lint.lint("Hi {{ first_name }},", config={"fail_on": "warning"})
    with pytest.raises(ConfigError, match="not both"):
        followup_lint.lint("Hi {{ first_name }},", config={"fail-on": "warning", "fail-level": "error"})


def test_every_option_has_a_kind() -> None:
    assert {"fail-on", "campaigns", "rule-dirs", "ignore-recipients", "send-date"} <= set(OPTIONS)
