"""Safe fixes: `check --fix`, `check --diff`, `--unsafe-fixes` and the library's apply_fixes()."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

import followup_lint
from followup_lint.cli import main
from followup_lint.fixes import FileFix, apply_edits, apply_fixes, given_partner
from followup_lint.model import Edit

# Only the salutation rules: these tests must not depend on other families' diagnostics.
ONLY_FL1 = ("--isolated", "--select", "FL1")

RECORDS_WITH_GAPS = (
    "first_name,last_name,email\n"
    "Parissa,Behnia,parissa.behnia@northwind.example\n"
    ",García Márquez,g.garcia@macondo-press.example\n"
    "Yuki,Tanaka,yuki.tanaka@sakura-labs.example\n"
    ",Suharto,suharto@jakarta-freight.example\n"
    "Ludwig,van Beethoven,ludwig@bonn-musik.example\n"
)


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str, *, newline: str = "\n", bom: bool = False) -> Path:
    data = text.replace("\n", newline).encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def campaign(tmp_path: Path, template: str, records: str | None = None, *, name: str = "thanks.j2",
             newline: str = "\n", bom: bool = False) -> Path:
    folder = tmp_path / "campaign"
    folder.mkdir(exist_ok=True)
    write(folder / name, template, newline=newline, bom=bom)
    if records is not None:
        (folder / "recipients.csv").write_text(records, encoding="utf-8")
    return folder / name


def codes_for(path: Path, *extra: str) -> list[str]:
    linter = followup_lint.Linter(followup_lint.Config(select=("FL1",)))
    return [d.code for d in followup_lint.lint_path(path, linter=linter).diagnostics]


# ----------------------------------------------------------------------------- FL103


def test_fl103_adds_a_boolean_fallback_to_a_bare_greeting_variable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = campaign(tmp_path, "Hi {{ first_name }},\n\nThanks for joining Tuesday's session on churn.\n", RECORDS_WITH_GAPS)
    assert codes_for(template) == ["FL103", "FL103"]
    code, out, err = cli(capsys, "check", template.parent, *ONLY_FL1, "--fix", "-f", "json")
    assert template.read_text(encoding="utf-8") == (
        "Hi {{ first_name | default('there', true) }},\n\nThanks for joining Tuesday's session on churn.\n"
    )
    document = json.loads(out)
    assert document["diagnostics"] == []  # re-linted after fixing: nothing remains
    assert document["summary"]["fixed"] == 2  # both recipients' "Hi ," diagnostics
    assert "2 fixed in 1 file(s)" in err
    assert code == 0
    assert codes_for(template) == []


def test_fl103_adds_true_to_a_default_that_misses_empty_strings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Hi {{ first_name|default('there') }},\n\nYour recording is ready.\n"
    template = campaign(tmp_path, text, RECORDS_WITH_GAPS)
    code, _, _ = cli(capsys, "check", template.parent, *ONLY_FL1, "--fix")
    assert template.read_text(encoding="utf-8") == "Hi {{ first_name|default('there', true) }},\n\nYour recording is ready.\n"
    assert code == 0
    assert "FL103" not in codes_for(template)


def test_fl103_keeps_the_authors_fallback_in_any_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = "Vorname,Nachname,E-Mail\nJürgen,Weiß,j.weiss@brauhaus-koeln.example\n,Özdemir,oezdemir@ruhr-logistik.example\n"
    template = campaign(tmp_path, "Liebe {{ Vorname | d('Kundin') }},\n\ndanke für Ihre Teilnahme.\n", records)
    cli(capsys, "check", template.parent, *ONLY_FL1, "--fix")
    assert template.read_text(encoding="utf-8") == "Liebe {{ Vorname | d('Kundin', true) }},\n\ndanke für Ihre Teilnahme.\n"


def test_fl103_bare_variable_after_dear_or_an_honorific_gets_no_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "Dear there," and "Dear Mr. there," would be worse than the finding: no edit is offered
    for text in ("Dear {{ first_name }},\n\nThank you.\n", "Dear Mr. {{ last_name }},\n\nThank you.\n"):
        records = "first_name,last_name,email\n,,anon@northwind.example\nAna,Souza,ana.souza@lisboa-tech.example\n"
        template = campaign(tmp_path, text, records)
        code, _, err = cli(capsys, "check", template.parent, *ONLY_FL1, "--fix")
        assert template.read_text(encoding="utf-8") == text
        assert code == 1
        assert "fixed" not in err


def test_fl103_spaces_only_values_are_not_counted_as_fixed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = "first_name,email\n,kim.minjun@seoul-data.example\n   ,oluwaseun@lagos-fintech.example\n"
    template = campaign(tmp_path, "Hi {{ first_name }},\n\nSee you Thursday.\n", records)
    code, out, _ = cli(capsys, "check", template.parent, *ONLY_FL1, "--fix", "-f", "json")
    document = json.loads(out)
    assert document["summary"]["fixed"] == 1
    # the spaces-only record still reads "Hi    ," after the fallback: it is still reported
    assert [d["code"] for d in document["diagnostics"]] == ["FL103"]
    assert document["diagnostics"][0]["recipient"]["row"] == 3
    assert code == 1


# ----------------------------------------------------------------------------- FL101


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Hi {{ last_name }},", "Hi {{ first_name }},"),
        ("Hello {{ contact.LastName }}!", "Hello {{ contact.FirstName }}!"),
        ("Hallo {{ Nachname }},", "Hallo {{ Vorname }},"),
        ("Hoi {{ achternaam }},", "Hoi {{ voornaam }},"),
        ("Hey {{ LAST_NAME }},", "Hey {{ FIRST_NAME }},"),
    ],
)
def test_fl101_informal_greeting_uses_the_given_name_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str, expected: str
) -> None:
    template = campaign(tmp_path, f"{written}\n\nthanks for joining the webinar.\n")
    assert "FL101" in codes_for(template)
    code, _, err = cli(capsys, "check", template.parent, *ONLY_FL1, "--fix")
    assert template.read_text(encoding="utf-8") == f"{expected}\n\nthanks for joining the webinar.\n"
    assert "1 fixed" in err
    assert "FL101" not in codes_for(template)
    assert code == 0


def test_fl101_uses_the_given_name_the_template_already_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Hi {{ surname }},\n\n{{ forename }}, your slides from the pricing workshop are attached.\n"
    template = campaign(tmp_path, text)
    cli(capsys, "check", template.parent, *ONLY_FL1, "--fix")
    assert template.read_text(encoding="utf-8").startswith("Hi {{ forename }},\n")


def test_fl101_honours_the_configured_field_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = campaign(tmp_path, "Hallo {{ Familienname }},\n\nvielen Dank für Ihre Zeit.\n")
    config = tmp_path / "followup.toml"
    config.write_text('[fields]\ngiven = ["Rufname"]\nfamily = ["Familienname"]\n', encoding="utf-8")
    cli(capsys, "check", template.parent, "--config", config, "--select", "FL1", "--fix")
    assert template.read_text(encoding="utf-8") == "Hallo {{ Rufname }},\n\nvielen Dank für Ihre Zeit.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Dear {{ last_name }},\n\nThank you for attending.\n",  # formal word: "Dear Ms. Okoro" may be meant
        "Hi {{ surname }},\n\nThanks for attending.\n",  # no unambiguous partner: forename? first_name?
        "Bonjour {{ nom }},\n\nMerci de votre participation.\n",  # prenom or prénom?
    ],
)
def test_fl101_without_proof_of_the_given_field_is_not_fixed(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    template = campaign(tmp_path, text)
    assert "FL101" in codes_for(template)
    code, _, _ = cli(capsys, "check", template.parent, *ONLY_FL1, "--fix")
    assert template.read_text(encoding="utf-8") == text
    assert code == 1


def test_given_partner_keeps_the_writing_style() -> None:
    assert given_partner("last_name") == "first_name"
    assert given_partner("lastName") == "firstName"
    assert given_partner("contact_last_name") == "contact_first_name"
    assert given_partner("family_name") == "given_name"
    assert given_partner("NACHNAME") == "VORNAME"
    assert given_partner("lname") == "fname"
    assert given_partner("surname") is None
    assert given_partner("last_last") is None


# ----------------------------------------------------------------------------- FL104


CAPS_RECORDS = (
    "first_name,last_name,email\n"
    "ÉLODIE,Durand,elodie.durand@lyon-conseil.example\n"
    "Parissa,Behnia,parissa.behnia@northwind.example\n"
    "DeShawn,Williams,deshawn.w@atlanta-growth.example\n"
)


def test_fl104_title_case_fix_is_unsafe_and_needs_the_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Hi {{ first_name }},\n\nMerci for coming to the Lyon meetup.\n"
    template = campaign(tmp_path, text, CAPS_RECORDS)
    assert codes_for(template) == ["FL104"]
    code, _, err = cli(capsys, "check", template.parent, *ONLY_FL1, "--fix")
    assert template.read_text(encoding="utf-8") == text
    assert "1 more with --unsafe-fixes" in err
    assert code == 0  # FL104 is a warning
    code, _, err = cli(capsys, "check", template.parent, *ONLY_FL1, "--fix", "--unsafe-fixes")
    assert template.read_text(encoding="utf-8") == (
        "Hi {{ first_name | title if first_name is upper else first_name }},\n\nMerci for coming to the Lyon meetup.\n"
    )
    assert "1 fixed" in err
    assert codes_for(template) == []
    # the edited template renders correct mixed case unchanged and fixes only ALL CAPS
    rendered = [followup_lint.Linter().env.from_string(template.read_text(encoding="utf-8")).render(first_name=n)
                for n in ("ÉLODIE", "DeShawn", "McDonald", "王伟")]
    assert [r.split(",")[0] for r in rendered] == ["Hi Élodie", "Hi DeShawn", "Hi McDonald", "Hi 王伟"]


def test_fl104_fix_is_withheld_when_title_would_mangle_a_recipient(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = CAPS_RECORDS + "MCDONALD,Smith,mcdonald.smith@glasgow-parts.example\n"
    text = "Hi {{ first_name }},\n\nThanks for coming.\n"
    template = campaign(tmp_path, text, records)
    code, _, err = cli(capsys, "check", template.parent, *ONLY_FL1, "--fix", "--unsafe-fixes")
    assert template.read_text(encoding="utf-8") == text  # "Mcdonald" would hide the problem
    assert "fixed" not in err


# ----------------------------------------------------------------------------- --diff


def test_diff_prints_a_valid_patch_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\nsubject: Your recording of {{ event_name }}\n---\nHi {{ last_name }},\n\nthe recording is below.\n"
    template = campaign(tmp_path, text, newline="\r\n")
    before = template.read_bytes()
    code, out, err = cli(capsys, "check", template.parent, *ONLY_FL1, "--diff")
    assert code == 1
    assert template.read_bytes() == before
    lines = out.split("\n")
    assert lines[0] == f"--- {template}" and lines[1] == f"+++ {template}"
    assert lines[2].startswith("@@ -1,")
    assert "-Hi {{ last_name }},\r" in lines and "+Hi {{ first_name }},\r" in lines
    assert "would fix 1 problem(s) in 1 file(s)" in err
    # the diff applies with patch(1) and gives exactly what --fix writes
    if shutil.which("patch") is None:  # pragma: no cover - patch is part of the dev image
        pytest.skip("patch(1) not installed")
    copy = tmp_path / "copy.j2"
    copy.write_bytes(before)
    subprocess.run(["patch", "--binary", "-s", str(copy)], input=out.encode("utf-8"), check=True)
    cli(capsys, "check", template.parent, *ONLY_FL1, "--fix")
    assert copy.read_bytes() == template.read_bytes()
    assert template.read_bytes() == before.replace(b"{{ last_name }}", b"{{ first_name }}")
    # nothing left to fix: empty diff, exit status 0
    code, out, err = cli(capsys, "check", template.parent, *ONLY_FL1, "--diff")
    assert (code, out) == (0, "")
    assert "nothing to fix" in err


def test_diff_marks_a_missing_final_newline(tmp_path: Path) -> None:
    fix = FileFix("t.j2", "Hi {{ last_name }},", "Hi {{ first_name }},")
    assert fix.diff().endswith("+Hi {{ first_name }},\n\\ No newline at end of file\n")


# ----------------------------------------------------------------------------- files


def test_fix_is_idempotent_and_keeps_bom_crlf_and_front_matter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "---\nsubject: \"Thanks, {{ first_name }}\"\nkind: follow-up\n---\n"
        "Hi {{ first_name }},\n\nthanks for joining the Q3 roadmap session.\n\nBest,\nAmara\n"
    )
    template = campaign(tmp_path, text, RECORDS_WITH_GAPS, newline="\r\n", bom=True)
    cli(capsys, "check", template.parent, *ONLY_FL1, "--fix")
    fixed = template.read_bytes()
    expected = b"\xef\xbb\xbf" + text.replace("Hi {{ first_name }}", "Hi {{ first_name | default('there', true) }}") \
        .replace("\n", "\r\n").encode("utf-8")
    assert fixed == expected
    mtime = template.stat().st_mtime_ns
    code, _, err = cli(capsys, "check", template.parent, *ONLY_FL1, "--fix")
    assert template.read_bytes() == fixed
    assert template.stat().st_mtime_ns == mtime  # not even rewritten
    assert "fixed" not in err
    assert code == 0


def test_only_changed_files_are_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = campaign(tmp_path, "Hi {{ last_name }},\n\nThanks.\n", name="bad.j2")
    good = campaign(tmp_path, "Hi {{ first_name }},\n\nThanks.\n", name="good.j2")
    mtime = good.stat().st_mtime_ns
    cli(capsys, "check", bad.parent, *ONLY_FL1, "--fix")
    assert bad.read_text(encoding="utf-8") == "Hi {{ first_name }},\n\nThanks.\n"
    assert good.stat().st_mtime_ns == mtime


# ----------------------------------------------------------------------------- the library


def test_apply_fixes_on_a_string_template_writes_nothing() -> None:
    text = "Hi {{ last_name }},\n\nThanks for visiting our booth at SaaStr.\n"
    report = followup_lint.lint(text, [{"first_name": "Nguyễn Văn", "last_name": "An"}], config={"select": ["FL1"]}, path="booth.j2")
    [result] = apply_fixes(report.diagnostics, sources={"booth.j2": text})
    assert result.fixed == "Hi {{ first_name }},\n\nThanks for visiting our booth at SaaStr.\n"
    assert result.fixed_diagnostics == 1 and not result.written
    assert not Path("booth.j2").exists()


def test_apply_edits_skips_overlaps_and_prefers_safe_edits() -> None:
    text = "Hi {{ first_name }},"
    safe = Edit("t", 16, 16, " | default('there', true)")
    unsafe = Edit("t", 6, 16, "first_name | title", safe=False)
    fixed, applied, skipped = apply_edits(text, [unsafe, safe, safe])
    assert fixed == "Hi {{ first_name | default('there', true) }},"
    assert applied == [safe] and skipped == [unsafe]
    # separate edits apply from the end, so offsets stay valid
    two = [Edit("t", 0, 2, "Hello"), Edit("t", 6, 16, "given_name")]
    assert apply_edits(text, two)[0] == "Hello {{ given_name }},"
    # two insertions at one place conflict; out-of-range edits are skipped
    fixed, applied, skipped = apply_edits(text, [Edit("t", 3, 3, "a"), Edit("t", 3, 3, "b"), Edit("t", 90, 91, "x")])
    assert fixed == "Hi a{{ first_name }}," and len(skipped) == 2


def test_a_fix_that_would_break_the_template_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "t.j2"
    path.write_text("---\nsubject: Hi\n---\nHi {{ last_name }},\n", encoding="utf-8")
    from followup_lint.model import Diagnostic, Severity

    def diag(edit: Edit) -> Diagnostic:
        return Diagnostic("FL101", "greeting-uses-surname", Severity.ERROR, "m", str(path), 4, 7, 4, 16, edit=edit)

    broken = diag(Edit(str(path), 23, 23, "{{"))  # would leave an unclosed tag
    [result] = apply_fixes([broken])
    assert result.error is not None and "would not parse" in result.error
    assert path.read_text(encoding="utf-8") == "---\nsubject: Hi\n---\nHi {{ last_name }},\n"
    in_front_matter = diag(Edit(str(path), 13, 15, "Hello"))
    [result] = apply_fixes([in_front_matter])
    assert not result.changed and result.skipped == [in_front_matter.edit]
