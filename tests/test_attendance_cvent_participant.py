"""FL301 and a Cvent registration report: "Participant" (Yes/No) says who came, "Registration
Status" (Accepted) only who signed up. With both, the participation flag is the answer."""

from __future__ import annotations

import csv
import io

import pytest

from followup_lint.testing import codes, run_rules

HEADER = "First Name,Last Name,Email Address,Company Name,Registration Status,Participant,Opted Out"
ROWS = [
    "Abena,Owusu-Grant,abena@grantschools.example,Grant Schools Trust,Accepted,{0},No",
    "Niall,Ó Briain,niall@briainedu.example,Briain Education,Accepted,{1},No",
    "Keiko,Yamada,keiko.yamada@yamadajuku.example,Yamada Juku,Accepted,{2},No",
    "Stefan,van Oosterhout,stefan@oosterhoutscholen.example,Oosterhout Scholen,Accepted,{3},No",
]
THANKS = ("---\nkind: follow-up\n---\nHi {{ first_name }},\n\nThank you for joining us at the School Leaders "
          "Congress. The workshop materials are attached.\n\nBest wishes,\nRosalind Achterberg-Nkosi")
GUARDED = ("---\nkind: follow-up\n---\nHi {{ first_name }},\n\n{% if participant == 'Yes' %}Thank you for joining "
           "us at the congress.{% else %}Sorry we missed you at the congress.{% endif %} The materials are "
           "attached.\n\nBest wishes,\nRosalind Achterberg-Nkosi")


def _records(flags: tuple[str, str, str, str]) -> list[dict[str, str]]:
    text = HEADER + "\n" + "\n".join(row.format(*flags) for row in ROWS) + "\n"
    return [{k.strip().lower().replace(" ", "_"): v for k, v in r.items()} for r in csv.DictReader(io.StringIO(text))]


@pytest.mark.parametrize(
    ("template", "flags", "reported"),
    [
        (THANKS, ("Yes", "Yes", "Yes", "Yes"), 0),  # everyone came: "Accepted" is only the registration
        (THANKS, ("Yes", "No", "Yes", "No"), 2),  # two did not come, and all are thanked
        (THANKS, ("no", "NO", "Yes", "yes"), 2),  # case does not matter
        (GUARDED, ("Yes", "No", "Yes", "No"), 0),  # the thanks sits in the participation condition
    ],
)
def test_participant_flag_beside_registration_status(template: str, flags: tuple[str, str, str, str],
                                                     reported: int) -> None:
    found = codes(run_rules("FL301", template, _records(flags)))
    assert found.count("FL301") == reported, found
