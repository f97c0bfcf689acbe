"""Recipient-record rules (FL401-FL407): cases that must fire and cases that must not.

Records are realistic CRM rows. Decisions worth knowing (also in rules/FL4-records.yml):

* FL401 checks syntax only unless deliverability is switched on; without it no network is
  used (proved below by making every socket and DNS call raise). With it, a domain that does
  not exist is reported, but a resolver that cannot answer is not the address's fault and
  reports nothing.
* FL403 reports a role word alone or followed only by qualifiers (sales.emea@, info2@,
  support-uk@). A role word followed by a name (hr.kim@, sales.jane@) is a person, and so is
  a longer word that starts like a role word (infosec.lead@, salesforce.admin.jane@).
* FL407 abstains when the evidence is ambiguous (Jordan Taylor, Morgan Freeman, and their
  mirror images without an email address to decide).
"""

from __future__ import annotations

import socket
from typing import Any

import pytest

from followup_lint.api import lint
from followup_lint.checks import records as record_checks
from followup_lint.config import Config
from followup_lint.engine import Linter
from followup_lint.testing import run_rules

TEMPLATE = "Hi {{ first_name }},\n\nThanks for joining Tuesday's session.\n\nBest,\nDana\n"


def rec(first: Any = "Parissa", last: Any = "Behnia", email: Any = "parissa.behnia@bluefinch.com", **extra: Any) -> dict[str, Any]:
    return {"first_name": first, "last_name": last, "email": email, "company": "Bluefinch Labs", **extra}


def codes_for(select: str, records: list[dict[str, Any]], **kwargs: Any) -> list[str]:
    return [d.code for d in run_rules(select, TEMPLATE, records, **kwargs)]


# ----------------------------------------------------------------------------- FL401


VALID_EMAILS = [
    "parissa.behnia@bluefinch.com",
    "Parissa.Behnia@BlueFinch.COM",
    "jose@exämple.es",
    "josé.garcía@solmar.es",
    "zoë.lefèvre@atelier-numérique.fr",
    "用户@例子.广告",
    "o'neill@shannonlogistics.ie",
    "mj.watson+webinar@dailybugle.com",
    "k_hughes@fernhill.co.uk",
    "a.b-c@sub.domain.example",
    "x@bluefinch.io",
]
INVALID_EMAILS = [
    "a..b@x.com",
    "foo@bar",
    "parissa.behnia@@bluefinch.com",
    "parissa behnia@bluefinch.com",
    ".parissa@bluefinch.com",
    "parissa.@bluefinch.com",
    "parissa@bluefinch..com",
    "parissa@-bluefinch.com",
    "parissa@bluefinch.com.",
    "parissa.behnia",
    "@bluefinch.com",
    "parissa@",
    "user@localhost",
    "test@example.test",
    "N/A",
]


@pytest.mark.parametrize("email", VALID_EMAILS)
def test_valid_email_does_not_fire(email: str) -> None:
    assert codes_for("FL401", [rec(email=email)]) == []


@pytest.mark.parametrize("email", INVALID_EMAILS)
def test_invalid_email_fires(email: str) -> None:
    assert codes_for("FL401", [rec(email=email)]) == ["FL401"]


@pytest.mark.parametrize("email", ["", "   ", None])
def test_empty_email_fires(email: Any) -> None:
    found = run_rules("FL401", TEMPLATE, [rec(email=email)])
    assert [d.code for d in found] == ["FL401"]
    assert "empty" in found[0].message


def test_spaces_around_email_fire_once_and_the_address_is_still_checked() -> None:
    found = run_rules("FL401", TEMPLATE, [rec(email=" parissa.behnia@bluefinch.com ")])
    assert [d.code for d in found] == ["FL401"]
    assert "spaces" in found[0].message
    found = run_rules("FL401", TEMPLATE, [rec(email=" a..b@bluefinch.com")])
    assert [d.code for d in found] == ["FL401", "FL401"]


def test_no_email_column_is_not_an_invalid_email() -> None:
    assert codes_for("FL401", [{"first_name": "Parissa", "last_name": "Behnia"}]) == []


def test_non_string_email_values_do_not_crash() -> None:
    found = codes_for("FL4", [rec(email=12345), rec(email=["a@b.com"]), rec(email={"work": "a@b.com"})])
    assert "FL010" not in found
    assert found.count("FL401") == 3


def _no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every socket and DNS call raise; return the list of attempted calls."""
    import dns.resolver  # imported before sockets are refused: dnspython's import uses socket.socket
    import email_validator.deliverability  # noqa: F401

    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(name)
            raise OSError(f"network access in a test: {name}")
        return call

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("socket.gethostbyname"))
    monkeypatch.setattr(dns.resolver.Resolver, "resolve", refuse("dns.resolver.Resolver.resolve"))
    monkeypatch.setattr(dns.resolver, "resolve", refuse("dns.resolver.resolve"))
    return attempts


def test_no_network_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts = _no_network(monkeypatch)
    record_checks._syntax.cache_clear()
    record_checks._domain_problem.cache_clear()
    records = [rec(email=e) for e in VALID_EMAILS + INVALID_EMAILS]
    found = run_rules("FL4", TEMPLATE, records)
    assert "FL010" not in [d.code for d in found]
    assert sum(d.code == "FL401" for d in found) == len(INVALID_EMAILS)
    assert attempts == []


def _deliverability_linter(**kwargs: Any) -> Linter:
    return Linter(Config(select=("FL401",), show_personal_data=True, **kwargs))


def test_deliverability_is_opt_in_and_asks_once_per_domain(monkeypatch: pytest.MonkeyPatch) -> None:
    from email_validator import EmailUndeliverableError
    from email_validator import deliverability

    asked: list[str] = []

    def fake(domain: str, domain_i18n: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        asked.append(domain)
        if domain == "no-such-domain-bluefinch.com":
            raise EmailUndeliverableError(f"The domain name {domain_i18n} does not exist.")
        return {"mx": [(10, "mx." + domain)]}

    monkeypatch.setattr(deliverability, "validate_email_deliverability", fake)
    record_checks._domain_problem.cache_clear()
    records = [
        rec(email="parissa.behnia@bluefinch.com"),
        rec("Kwame", "Mensah", "kwame.mensah@bluefinch.com"),
        rec("Sam", "Whitfield", "sam@no-such-domain-bluefinch.com"),
    ]
    # off by default: the fake is never asked
    assert [d.code for d in lint(TEMPLATE, records, linter=_deliverability_linter()).diagnostics] == []
    assert asked == []
    # on through the run-wide setting
    found = lint(TEMPLATE, records, linter=_deliverability_linter(check_deliverability=True)).diagnostics
    assert [(d.code, d.recipient.row) for d in found] == [("FL401", 3)]
    assert "does not exist" in found[0].message
    assert sorted(asked) == ["bluefinch.com", "no-such-domain-bluefinch.com"]  # once per domain
    # on through the rule's own option
    record_checks._domain_problem.cache_clear()
    linter = _deliverability_linter(rule_options={"FL401": {"check-deliverability": True}})
    assert [d.code for d in lint(TEMPLATE, records, linter=linter).diagnostics] == ["FL401"]


@pytest.mark.parametrize(
    "failure",
    [OSError("network is unreachable"), RuntimeError("resolver misconfigured"), "dns-trouble"],
)
def test_deliverability_without_a_working_resolver_reports_nothing(monkeypatch: pytest.MonkeyPatch, failure: Any) -> None:
    from email_validator import EmailUndeliverableError
    from email_validator import deliverability

    def fake(domain: str, domain_i18n: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        if failure == "dns-trouble":
            raise EmailUndeliverableError(
                "There was an error while checking if the domain name in the email address is deliverable: boom")
        raise failure

    monkeypatch.setattr(deliverability, "validate_email_deliverability", fake)
    record_checks._domain_problem.cache_clear()
    found = lint(TEMPLATE, [rec()], linter=_deliverability_linter(check_deliverability=True)).diagnostics
    assert [d.code for d in found] == []


def test_deliverability_with_no_network_at_all_reports_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_network(monkeypatch)
    record_checks._domain_problem.cache_clear()
    found = lint(TEMPLATE, [rec(email="kwame.mensah@accraworks-offline-test.com")],
                 linter=_deliverability_linter(check_deliverability=True)).diagnostics
    assert [d.code for d in found] == []


# ----------------------------------------------------------------------------- FL402


def test_duplicate_email_case_insensitive_names_first_row() -> None:
    records = [
        rec("Sarah", "Cohen", "sarah.cohen@tidewater.com"),
        rec("Kwame", "Mensah", "kwame.mensah@accraworks.com"),
        rec("Sarah", "Cohen", "Sarah.Cohen@Tidewater.com "),
    ]
    found = run_rules("FL402", TEMPLATE, records)
    assert [(d.code, d.recipient.row) for d in found] == [("FL402", 3)]
    assert "row 1" in found[0].message


@pytest.mark.parametrize(
    "emails",
    [
        ["sarah.cohen@tidewater.com", "sarah.cohen2@tidewater.com"],
        ["sarah.cohen@tidewater.com", "sarah.cohen@tidewater.co.uk"],
        ["sarah.cohen+webinar@tidewater.com", "sarah.cohen@tidewater.com"],  # plus tags are separate inboxes
        ["", ""],
        ["  ", ""],
    ],
)
def test_not_duplicates(emails: list[str]) -> None:
    assert codes_for("FL402", [rec(email=e) for e in emails]) == []


def test_duplicate_unicode_normalisation() -> None:
    composed, decomposed = "jos\u00e9@solmar.es", "jose\u0301@solmar.es"
    assert codes_for("FL402", [rec(email=composed), rec(email=decomposed)]) == ["FL402"]


def test_three_copies_report_twice() -> None:
    records = [rec(email="info.cohen@tidewater.com")] * 3
    found = run_rules("FL402", TEMPLATE, records)
    assert [d.recipient.row for d in found] == [2, 3]


# ----------------------------------------------------------------------------- FL403


@pytest.mark.parametrize(
    "email",
    [
        "info@acmeholdings.com", "Info@AcmeHoldings.com", "sales@kestrel.com", "support@kestrel.com",
        "noreply@kestrel.com", "no-reply@kestrel.com", "do_not_reply@kestrel.com", "noreply+bounce@kestrel.com",
        "info2@kestrel.com", "sales.emea@kestrel.com", "support-uk@kestrel.com", "info.de@kestrel.de",
        "hr@kestrel.com", "team@kestrel.com", "kontakt@rheinwerk.de", "ventas@solmar.es",
        "marketing.team@kestrel.com", "webmaster@kestrel.com",
    ],
)
def test_role_account_fires(email: str) -> None:
    assert codes_for("FL403", [rec(email=email)]) == ["FL403"]


@pytest.mark.parametrize(
    "email",
    [
        "parissa.behnia@bluefinch.com",
        "infosec.lead@kestrel.com",  # a person on the infosec team, not the info@ inbox
        "salesforce.admin.jane@kestrel.com",  # a longer word that starts with "sales"
        "hr.kim@kestrel.com",  # a role word followed by a name is a person (documented choice)
        "sales.jane@kestrel.com",
        "jane.sales@kestrel.com",
        "adminah.okafor@kestrel.com",
        "information.architect.li@kestrel.com",
        "team.lead.mensah@kestrel.com",
        "helena@kestrel.com",
        "bill.info@kestrel.com",
        "not-an-address",
        "",
    ],
)
def test_personal_address_does_not_fire(email: str) -> None:
    assert codes_for("FL403", [rec(email=email)]) == []


# ----------------------------------------------------------------------------- FL404 / FL405 / FL406


@pytest.mark.parametrize(
    ("first", "last", "expected_fixes"),
    [
        ("MARCUS", "OYELARAN", ["Marcus", "Oyelaran"]),
        ("priya", "raman", ["Priya", "Raman"]),
        ("Angus", "MCDONALD", ["McDonald"]),
        ("aoife", "O'Neill", ["Aoife"]),
        ("Ludwig", "VAN BEETHOVEN", ["van Beethoven"]),
        ("SIOBHÁN", "Ní Bhriain", ["Siobhán"]),
    ],
)
def test_name_casing_fires_with_fix(first: str, last: str, expected_fixes: list[str]) -> None:
    found = run_rules("FL404", TEMPLATE, [rec(first, last)])
    assert [d.code for d in found] == ["FL404"] * len(expected_fixes)
    assert [d.fix for d in found] == list(expected_fixes)


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("DeShawn", "McDonald"), ("LaToya", "Jackson"), ("JP", "Morgan"), ("D'Arcy", "O'Neill"),
        ("Ana", "de la Cruz"), ("Ludwig", "van Beethoven"), ("Siobhán", "Ní Bhriain"), ("Mary-Jane", "Watson"),
        ("Wei", "Zhang"), ("王", "伟"), ("محمد", "العلي"), ("AJ", "Fernandes"), ("Madonna", ""),
    ],
)
def test_name_casing_does_not_fire(first: str, last: str) -> None:
    assert codes_for("FL404", [rec(first, last)]) == []


def test_casing_masked_by_default() -> None:
    found = run_rules("FL404", TEMPLATE, [rec("MARCUS", "Oyelaran")], show_personal_data=False)
    assert [d.code for d in found] == ["FL404"]
    assert "MARCUS" not in found[0].message and "Marcus" not in found[0].message
    # masked, the message says what to change instead of comparing two masked values
    assert "M…" not in found[0].message and "is ALL CAPS; it would read better" in found[0].message


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("test", "test"), ("N/A", "Behnia"), ("unknown", "Behnia"), ("FNU", "Raman"), ("asdf", "Behnia"),
        ("parissa.behnia@bluefinch.com", "Behnia"), ("Acme Holdings Ltd", ""), ("Bonn Musik GmbH", ""),
        ("12345", "Behnia"), ("J", "Whitfield"), ("Mr. Daniel", "Okoro"), ("sales", ""), ("info", ""),
        ("Par\x07issa", "Behnia"), ("Pari\u200bssa", "Behnia"), ("JosÃ©", "Ramírez"), ("*|FNAME|*", "Hughes"),
    ],
)
def test_junk_name_fires(first: str, last: str) -> None:
    found = codes_for("FL405", [rec(first, last)])
    assert found and set(found) == {"FL405"}


def test_placeholder_copied_into_both_fields_is_junk_in_both() -> None:
    found = run_rules("FL4", TEMPLATE, [rec("test", "test", "qa@bluefinch.com")])
    assert sorted(d.code for d in found) == ["FL405", "FL405"]  # no casing advice for "test"


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Parissa", "Behnia"), ("Mary-Jane", "Watson"), ("José", "García Márquez"), ("Siobhán", "Ní Bhriain"),
        ("D'Arcy", "O'Neill"), ("Rebecca", "Guest"), ("Tom", "Sales"), ("Anna", "Test"), ("Bo", "Li"),
        ("Ng", "Wei"), ("Zoë", "Lefèvre"), ("Nguyễn", "Thị Mai"), ("Jean-Luc", "St. John"), ("Al", "Green"),
        ("Madonna", ""), ("Kwame", "Mensah"), ("Ana", "de la Cruz"),
    ],
)
def test_real_names_are_not_junk(first: str, last: str) -> None:
    assert codes_for("FL405", [rec(first, last)]) == []


@pytest.mark.parametrize(
    ("first", "last", "count"),
    [("Parissa ", "Behnia", 1), (" Parissa", "Behnia", 1), ("Parissa", "Schmidt ", 1), ("Mary  Ann", "Hughes", 1),
     ("Parissa\u00a0", "Behnia", 1), ("Parissa ", " Behnia ", 2)],
)
def test_whitespace_fires(first: str, last: str, count: int) -> None:
    found = run_rules("FL406", TEMPLATE, [rec(first, last)])
    assert [d.code for d in found] == ["FL406"] * count
    assert found[0].fix == " ".join((first if first.strip() != first or "  " in first else last).split())


@pytest.mark.parametrize(("first", "last"), [("Parissa", "Behnia"), ("Mary Ann", "Hughes"), ("Ana", "de la Cruz"), ("", "")])
def test_whitespace_does_not_fire(first: str, last: str) -> None:
    assert codes_for("FL406", [rec(first, last)]) == []


# ----------------------------------------------------------------------------- FL407


@pytest.mark.parametrize(
    ("first", "last", "email"),
    [
        ("Behnia", "Parissa", "parissa.behnia@bluefinch.com"),
        ("Behnia", "Parissa", "p.behnia@bluefinch.com"),
        ("Smith", "Jennifer", "jennifer.smith@oakridge.com"),
        ("Schneider", "Katharina", "katharina.schneider@rheinwerk.de"),
        ("Tanaka", "Yuki", "yuki.tanaka@kumo.jp"),
        ("Nguyen", "Anh", "anh.nguyen@saigonsoft.vn"),
        ("Park", "Jimin", "jimin.park@hanbit.kr"),
        ("Kim", "Min-jun", "minjun.kim@hanbit.kr"),
        ("Zhang", "Wei", "wei.zhang@lotusdata.cn"),
        ("van Beethoven", "Ludwig", "ludwig@bonnmusik.de"),  # a given name never starts with "van"
        ("de la Cruz", "Ana", ""),
    ],
)
def test_swapped_fields_fire(first: str, last: str, email: str) -> None:
    assert codes_for("FL407", [rec(first, last, email)]) == ["FL407"]


@pytest.mark.parametrize(
    ("first", "last", "email"),
    [
        ("Parissa", "Behnia", "parissa.behnia@bluefinch.com"),
        ("Jordan", "Taylor", "jordan.taylor@meridian.com"),
        ("Morgan", "Freeman", "morgan.freeman@lumenfilm.com"),
        ("Taylor", "Jordan", ""),  # ambiguous both ways: abstain
        ("Freeman", "Morgan", ""),
        ("Wei", "Zhang", "wei.zhang@lotusdata.cn"),
        ("Zhang", "Wei", ""),  # pinyin Wei is a family name too: needs the email to decide
        ("Jung", "Kim", "kim.jung@hanbit.kr"),  # family-first email order of a Korean name
        ("Min-jun", "Kim", "minjun.kim@hanbit.kr"),
        ("Yuki", "Tanaka", "yuki.tanaka@kumo.jp"),
        ("Anh", "Nguyen", "nguyen.anh@saigonsoft.vn"),
        ("Ludwig", "van Beethoven", "ludwig@bonnmusik.de"),
        ("Behnia", "Parissa", "behnia.parissa@bluefinch.com"),  # the email follows the fields as written
        ("test", "test", "qa@bluefinch.com"),
        ("Madonna", "", "madonna@popstar-records.com"),
        ("Prince", "Prince", "prince@paisleypark.com"),
        ("La Toya", "Grace", ""),  # "La Toya" is a given name written apart, not a particle
        ("van Beethoven", "Ludwig", "vanbeethoven.ludwig@bonnmusik.de"),  # the email follows the fields
    ],
)
def test_swapped_fields_abstain(first: str, last: str, email: str) -> None:
    assert codes_for("FL407", [rec(first, last, email)]) == []


def test_swap_message_names_columns_and_masks_values() -> None:
    found = run_rules("FL407", TEMPLATE, [rec("Behnia", "Parissa")], show_personal_data=False)
    assert len(found) == 1
    assert "'first_name'" in found[0].message and "'last_name'" in found[0].message
    assert "Behnia" not in found[0].message and "Parissa" not in found[0].message


# ----------------------------------------------------------------------------- robustness and cost


@pytest.mark.parametrize(
    "record",
    [
        {},
        {"first_name": None, "last_name": None, "email": None},
        {"First Name": 12, "Last Name": 3.5, "E-mail": True},
        {"contact": {"firstname": "Behnia", "lastname": "Parissa", "email": "parissa.behnia@bluefinch.com"}},
        {"name": "Behnia, Parissa", "email": "parissa.behnia@bluefinch.com"},
        {"first_name": {"nested": "x"}, "last_name": ["a"], "email": "{weird}@x.com"},
        {"first_name": "\x00\ud800", "last_name": "\u202e", "email": "\u200b@\u200b"},
    ],
)
def test_strange_records_never_crash(record: dict[str, Any]) -> None:
    assert "FL010" not in codes_for("FL4", [record])


def test_record_rules_handle_a_large_mixed_list() -> None:
    names = [("Parissa", "Behnia"), ("Kwame", "Mensah"), ("Aiko", "Tanaka"), ("José", "García Márquez"),
             ("MARCUS", "OYELARAN"), ("Behnia", "Parissa"), ("test", "test"), ("Siobhán", "Ní Bhriain ")]
    records = [rec(f, l, f"{f.lower()}.{i}@bluefinch.com") for i in range(2500) for f, l in names[i % 8: i % 8 + 1]]
    run_rules("FL4", TEMPLATE, records[:50])  # warm-up: name tables, caches
    found = run_rules("FL4", TEMPLATE, records)
    assert "FL010" not in {d.code for d in found}
    assert {"FL404", "FL405", "FL406"} <= {d.code for d in found}
