"""Tests for followup_lint.names: the name-knowledge layer.

Table-driven: for every function, cases that must fire and cases that must not, with
realistic names from many naming traditions. Plus property tests: arbitrary text never
raises from any public function.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint import names as N
from followup_lint.names import JunkCategory as J

REPO = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------------------------
# normalisation
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("José", "jose"),
        ("  José   María ", "jose maria"),
        ("ZOË", "zoe"),
        ("Nguyễn", "nguyen"),
        ("Đặng", "dang"),
        ("Søren Kierkegaard", "soren kierkegaard"),
        ("Łukasz", "lukasz"),
        ("Straße", "strasse"),
        ("O’Neill", "o'neill"),
        ("Mary–Jane", "mary-jane"),
        ("王伟", "王伟"),
        ("김민준", "김민준"),
        ("ガク", "ガク"),  # Japanese voicing marks are spelling, not accents
        ("", ""),
    ],
)
def test_normalize(value: str, expected: str) -> None:
    assert N.normalize(value) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("José", "jose", True),
        ("O'Neill", "ONEILL", True),
        ("van Beethoven", "Van  Beethoven", True),
        ("Ní Bhriain", "Ni Bhriain", True),
        ("Mary-Jane", "Mary Jane", True),
        ("Parissa", "Behnia", False),
        ("Anna", "Anne", False),
        ("", "", False),
        ("-", "", False),
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    assert N.same_name(a, b) is same


# ---------------------------------------------------------------------------------------------
# data and evidence
# ---------------------------------------------------------------------------------------------


def test_data_files_are_small_and_load_in_a_fresh_process() -> None:
    """Load time is measured in benchmarks/bench_names.py, not here."""
    folder = REPO / "rules" / "data" / "names"
    total = sum(p.stat().st_size for p in folder.glob("*.tsv"))
    assert 100_000 < total < 1_500_000
    code = "import sys, followup_lint.names as n; k = n.name_knowledge(); print(len(k), 'spacy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(REPO / "src"), "PATH": ""},
    ).stdout.split()
    assert int(out[0]) > 20_000
    assert out[1] == "False"  # name knowledge never pulls in spaCy


def test_committed_data_matches_a_fresh_build() -> None:
    pytest.importorskip("names")  # dev-only build dependencies
    pytest.importorskip("nicknames")
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_name_data.py"), "--check"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_knowledge_is_loaded_once() -> None:
    assert N.name_knowledge() is N.name_knowledge()


@pytest.mark.parametrize(
    ("word", "sign"),
    [
        ("James", +1),
        ("Mary", +1),
        ("Parissa", +1),
        ("Siobhán", +1),
        ("Anh", +1),
        ("Minjun", +1),
        ("Yuki", +1),
        ("Oluwaseun", +1),
        ("Smith", -1),
        ("Nguyen", -1),
        ("Zhang", -1),
        ("Tanaka", -1),
        ("O'Neill", -1),
        ("García", -1),
        ("Papadopoulos", -1),
        ("Alizadeh", -1),  # curated
        ("Rahimzadeh", -1),  # unknown, by its -zadeh ending
        ("Al-Rashid", -1),  # Arabic article
        ("Xqzvw", 0),
        ("", 0),
    ],
)
def test_name_role_evidence_direction(word: str, sign: int) -> None:
    evidence = N.name_role_evidence(word)
    if sign == 0:
        assert evidence == 0.0
    else:
        assert evidence * sign > 0.5, evidence


def test_weights() -> None:
    assert N.given_weight("James") > 10_000  # ~1.7 % of people
    assert N.family_weight("Smith") > 9_000
    assert N.given_weight("Smith") == 0.0
    assert N.family_weight("Parissa") == 0.0
    assert N.given_weight("Xqzvw") == 0.0 == N.family_weight("Xqzvw")
    info = N.name_info("Nguyễn")
    assert info is not None and "vi.f" in info.origins
    assert info.origin_of("f") == frozenset({"vi"})


# ---------------------------------------------------------------------------------------------
# swapped fields
# ---------------------------------------------------------------------------------------------

SWAPPED = [
    # (first-name field, last-name field, email)
    ("Nguyen", "Anh", None),
    ("Nguyễn", "Minh", None),
    ("Tran", "Thi Mai", None),
    ("Tanaka", "Yuki", None),
    ("Park", "Jimin", None),
    ("Kim", "Minjun", None),  # Kim is a given name too, but Minjun is Korean and never a surname
    ("Li", "Xiaoming", None),
    ("Zhang", "Wei", "wei.zhang@example.cn"),
    ("Zhang", "Wei", "wzhang@example.cn"),
    ("Smith", "John", None),
    ("García", "José", None),
    ("Papadopoulos", "Eleni", None),
    ("van der Berg", "Jan", None),
    ("Behnia", "Parissa", "parissa.behnia@example.com"),
    ("Behnia", "Parissa", "p.behnia@example.com"),
    ("Behnia", "Parissa", "pbehnia@example.com"),
    ("Behnia", "Parissa", "Parissa.Behnia+webinar@example.com"),
    ("Nguyen", "Anh", "nguyen.anh@example.vn"),  # family-first email: still a swap
]

NOT_SWAPPED = [
    ("Jordan", "Taylor", None),
    ("Morgan", "Freeman", None),
    ("Taylor", "Morgan", None),
    ("Kelly", "Grace", None),
    ("James", "Thomas", None),
    ("Thomas", "James", None),
    ("Taylor", "James", None),
    ("Wei", "Zhang", None),
    ("Zhang", "Wei", None),  # needs the email to agree
    ("Wang", "Wei", None),
    ("Li", "Na", None),
    ("Na", "Li", None),
    ("Anh", "Nguyen", None),
    ("Parissa", "Behnia", None),
    ("Parissa", "Behnia", "behnia.parissa@example.com"),
    ("Behnia", "Parissa", None),  # unknown first word: needs the email
    ("Behnia", "Parissa", "behnia.parissa@example.com"),  # email follows the fields
    ("Behnia", "Parissa", "info@example.com"),
    ("Ludwig", "van Beethoven", None),
    ("Jan", "van der Berg", None),
    ("Siobhán", "Ní Bhriain", None),
    ("D'Arcy", "O'Neill", None),
    ("Mary-Jane", "Watson", None),
    ("José", "García Márquez", None),
    ("Mohammed", "Ali", None),
    ("Ali", "Mohammed", None),
    ("Rahul", "Kumar", None),
    ("Kumar", "Rahul", None),  # Kumar is also a given name in South India
    ("Lee", "Anne", None),
    ("Kim", "Anh", None),
    ("Yuki", "Tanaka", None),
    ("Jordan", "Taylor", "taylor.jordan@example.com"),
    ("Taylor", "Jordan", "jordan.taylor@example.com"),
    ("Morgan", "Freeman", "freeman.morgan@example.com"),
    ("Cher", "", None),
    ("", "Smith", None),
    ("Smith", "Smith", None),
    ("test", "John", None),
    ("Smith", "n/a", None),
    ("Parissa Behnia", "Behnia", None),
]


@pytest.mark.parametrize(("first", "last", "email"), SWAPPED)
def test_swap_verdict_fires(first: str, last: str, email: str | None) -> None:
    verdict = N.swap_verdict(first, last, email)
    assert verdict is not None
    assert 0.5 <= verdict.confidence <= 0.99
    assert verdict.given == last and verdict.family == first
    assert verdict.reason and first not in verdict.reason and last not in verdict.reason
    assert verdict.evidence


@pytest.mark.parametrize(("first", "last", "email"), NOT_SWAPPED)
def test_swap_verdict_abstains(first: str, last: str, email: str | None) -> None:
    assert N.swap_verdict(first, last, email) is None


def test_swap_verdict_email_raises_confidence() -> None:
    plain = N.swap_verdict("Nguyen", "Anh")
    with_email = N.swap_verdict("Nguyen", "Anh", "anh.nguyen@example.com")
    assert plain is not None and with_email is not None
    assert with_email.confidence > plain.confidence
    assert "email:family.given" in with_email.evidence


def test_swap_verdict_names_the_culture() -> None:
    verdict = N.swap_verdict("Nguyen", "Anh")
    assert verdict is not None and "Vietnamese" in verdict.reason
    assert "family-first-origin:vi" in verdict.evidence


# ---------------------------------------------------------------------------------------------
# nicknames
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "formal"),
    [
        ("Bill", "William"),
        ("Liz", "Elizabeth"),
        ("Bob", "Robert"),
        ("Peggy", "Margaret"),
        ("Jim", "James"),
        ("Kate", "Katherine"),
        ("Paco", "Francisco"),
        ("Pepe", "José"),
        ("Sasha", "Aleksandr"),
        ("Kasia", "Katarzyna"),
        ("Sepp", "Josef"),
    ],
)
def test_is_nickname_of(short: str, formal: str) -> None:
    assert N.is_nickname_of(short, formal)
    assert N.name_key(short) in N.nickname_forms(formal)
    assert N.name_key(formal) in N.nickname_forms(short)


@pytest.mark.parametrize(
    ("short", "formal"),
    [
        ("William", "Bill"),  # direction matters
        ("William", "William"),
        ("Parissa", "Behnia"),
        ("Anna", "Robert"),
        ("", "William"),
        ("Bill", ""),
    ],
)
def test_is_not_nickname_of(short: str, formal: str) -> None:
    assert not N.is_nickname_of(short, formal)


def test_nickname_forms_and_variants() -> None:
    forms = N.nickname_forms("Bill")
    assert {"bill", "william"} <= forms
    assert N.nickname_forms("") == frozenset()
    assert N.nickname_forms("Xqzvw") == frozenset({"xqzvw"})
    assert N.name_variants_match("Bill", "Will")  # both short for William
    assert N.name_variants_match("Bill", "WILLIAM")
    assert N.name_variants_match("José", "Jose")
    assert not N.name_variants_match("Anna", "Bill")
    assert not N.name_variants_match("", "")


# ---------------------------------------------------------------------------------------------
# junk values
# ---------------------------------------------------------------------------------------------

JUNK = [
    ("test", None, J.PLACEHOLDER),
    ("Test User", None, J.PLACEHOLDER),
    ("testing", None, J.PLACEHOLDER),
    ("test1", None, J.PLACEHOLDER),
    ("n/a", None, J.PLACEHOLDER),
    ("N/A", "family", J.PLACEHOLDER),
    ("NA", None, J.PLACEHOLDER),
    ("#N/A", None, J.PLACEHOLDER),
    ("none", None, J.PLACEHOLDER),
    ("None", "family", J.PLACEHOLDER),
    ("null", "family", J.PLACEHOLDER),
    ("NULL", None, J.PLACEHOLDER),
    ("nan", None, J.PLACEHOLDER),
    ("unknown", None, J.PLACEHOLDER),
    ("FNU", "given", J.PLACEHOLDER),
    ("LNU", "family", J.PLACEHOLDER),
    ("asdf", None, J.PLACEHOLDER),
    ("xxx", None, J.PLACEHOLDER),
    ("aaaa", None, J.PLACEHOLDER),
    ("-", None, J.PLACEHOLDER),
    (".", None, J.PLACEHOLDER),
    ("?", None, J.PLACEHOLDER),
    ("...", None, J.PLACEHOLDER),
    ("first name", None, J.PLACEHOLDER),
    ("FirstName", None, J.PLACEHOLDER),
    ("Customer", None, J.PLACEHOLDER),
    ("Valued Customer", None, J.PLACEHOLDER),
    ("user", None, J.PLACEHOLDER),
    ("Guest", "given", J.PLACEHOLDER),
    ("there", "given", J.PLACEHOLDER),
    ("parissa.behnia@example.com", None, J.EMAIL),
    ("Parissa <parissa@example.com>", None, J.EMAIL),
    ("www.example.com", None, J.URL),
    ("Acme Ltd", None, J.COMPANY),
    ("Acme Ltd.", "family", J.COMPANY),
    ("Initech Inc.", None, J.COMPANY),
    ("Müller GmbH", None, J.COMPANY),
    ("Globex Corp", None, J.COMPANY),
    ("Hooli LLC", None, J.COMPANY),
    ("Wayne Holdings", None, J.COMPANY),
    ("Nestlé S.A.", None, J.COMPANY),
    ("Philips B.V.", None, J.COMPANY),
    ("Siemens AG", None, J.COMPANY),
    ("Barclays PLC", None, J.COMPANY),
    ("Smith & Co", None, J.COMPANY),
    ("Stark Industries", None, J.COMPANY),
    ("12345", None, J.DIGITS),
    ("Parissa2", None, J.DIGITS),
    ("+44 20 7946 0958", None, J.DIGITS),
    ("J", "given", J.INITIAL),
    ("J.", None, J.INITIAL),
    ("é", None, J.INITIAL),
    ("Mr. John", "given", J.HONORIFIC),
    ("Mrs Behnia", "family", J.HONORIFIC),
    ("Dr", None, J.HONORIFIC),
    ("Dr.", "given", J.HONORIFIC),
    ("Prof.Dr. Hans", None, J.HONORIFIC),
    ("Frau Müller", None, J.HONORIFIC),
    ("Sra. García", None, J.HONORIFIC),
    ("Mevr. de Vries", None, J.HONORIFIC),
    ("Mme Dubois", None, J.HONORIFIC),
    ("Father Brown", "given", J.HONORIFIC),
    ("Mrs. Mary O'Neill", "full", J.HONORIFIC),
    ("Sir", None, J.HONORIFIC),
    ("sales", None, J.ROLE_WORD),
    ("Info", None, J.ROLE_WORD),
    ("team", "given", J.ROLE_WORD),
    ("Admin", "family", J.ROLE_WORD),
    ("Support", None, J.ROLE_WORD),
    ("Marketing", None, J.ROLE_WORD),
    ("office", None, J.ROLE_WORD),
    ("HR", None, J.ROLE_WORD),
    ("Sales Team", "family", J.ROLE_WORD),
    ("The Marketing Dept", None, J.ROLE_WORD),
    ("noreply", None, J.ROLE_WORD),
    ("Pa\u200brissa", None, J.INVISIBLE),
    ("\ufeffParissa", None, J.INVISIBLE),
    ("Jo\tsé", None, J.INVISIBLE),
    ("Parissa\x00", None, J.INVISIBLE),
    ("JosÃ©", None, J.MOJIBAKE),
    ("MÃ¼ller", "family", J.MOJIBAKE),
    ("Oâ€™Neill", "family", J.MOJIBAKE),
    ("FranÃ§ois", None, J.MOJIBAKE),
    ("Nguyá»…n", None, J.MOJIBAKE),
    ("Jos\ufffd", None, J.MOJIBAKE),
    ("Jos? Garc?a", None, J.MOJIBAKE),
    ("{{ first_name }}", None, J.MERGE_TAG),
    ("*|FNAME|*", None, J.MERGE_TAG),
    ("[FirstName]", None, J.MERGE_TAG),
    ("%%FirstName%%", None, J.MERGE_TAG),
    ("«FirstName»", None, J.MERGE_TAG),
    ("Parissa (she/her)", "given", J.ANNOTATION),
    ("Alex (they/them)", None, J.ANNOTATION),
    ("Smith (deceased)", "family", J.ANNOTATION),
    ("Sig. Rossi", None, J.HONORIFIC),
    ("Parissa 🙂", None, J.SYMBOLS),
    ("Parissa#", None, J.SYMBOLS),
    ("Parissa ", None, J.WHITESPACE),
    ("  Parissa", "given", J.WHITESPACE),
    ("Mary  Jane", None, J.WHITESPACE),
    ("Parissa ,", None, J.WHITESPACE),
    ("", None, J.EMPTY),
    ("   ", None, J.EMPTY),
    ("\u200b", None, J.EMPTY),
    (None, None, J.EMPTY),
]

NOT_JUNK = [
    "Mary-Jane",
    "D'Arcy",
    "O'Neill",
    "O’Neill",
    "Ní Bhriain",
    "Siobhán",
    "José",
    "Zoë",
    "Nguyễn",
    "Nguyễn Văn Anh",
    "王伟",
    "김민준",
    "山田太郎",
    "محمد",
    "پری\u200cسا",  # Persian with a zero-width non-joiner, which is spelling there
    "Ng",
    "Bo",
    "Al",
    "Ed",
    "Jo",
    "Li",
    "Xi",
    "Na",  # Li Na
    "Jean-Luc",
    "St. John",
    "de la Cruz",
    "van Beethoven",
    "García Márquez",
    "Cher",
    "Madonna",
    "Mohammed bin Salman",
    "Al-Hassan",
    "Ng'ang'a",
    "N'Dour",
    "John & Mary",
    'John "Jack"',
    "Jacques (Jack)",
    "John Smith III",
    "J. R. R. Tolkien",
    "JP",
    "AJ",
    "Ahmed",
    "Van",
    "Lady",
    "Lady Meeler",  # Lady is a given name too
    "Sig Hansen",
    "山田\u3000太郎",  # Japanese writes an ideographic space between the names
    "Ma. Luisa",  # Philippine abbreviation of María
    "J.de la Cruz",
    "Chere Gelormino",
    "Asa",
    "Dev",
    "Nan",
    "Pastor",
    "Ing",
    "Mary Sales",
    "Sample Jones",
    "Jos\u00e9 Mar\u00eda",
    "ÆSA",  # upper-case Latin-1 that is not mojibake
    "JOÃO",  # Portuguese in capitals: looks like mojibake but is not
    "Ìtàlẹ́",  # Yoruba tone marks
]

NOT_JUNK_AS_GIVEN = ["NA", "Na", "Nan", "Dev", "Asa"]  # Li Na in capitals, Nan Goldin
NOT_JUNK_AS_FAMILY = [
    "Guest", "Sample", "Blank", "Friend", "Sales", "Press", "Null", "Test", "NA", "Tester",
    "Dame", "Herr", "Brothers", "Holding", "True",
]
NOT_JUNK_AS_FULL = ["Vivian Holding", "Roger Corp", "Cristina Sales", "Peter Lord"]


@pytest.mark.parametrize(("value", "role", "category"), JUNK)
def test_junk_fires(value: str | None, role: N.Role | None, category: J) -> None:
    finding = N.junk_finding(value, role)
    assert finding is not None, value
    assert finding.category is category
    assert N.junk_reason(value, role) == category.value
    assert finding.detail


@pytest.mark.parametrize("value", NOT_JUNK)
@pytest.mark.parametrize("role", [None, "given", "family", "full"])
def test_junk_does_not_fire_on_real_names(value: str, role: N.Role | None) -> None:
    assert N.junk_finding(value, role) is None


@pytest.mark.parametrize("value", NOT_JUNK_AS_FAMILY)
def test_junk_words_that_are_real_surnames(value: str) -> None:
    assert N.junk_reason(value, "family") is None


@pytest.mark.parametrize("value", NOT_JUNK_AS_GIVEN)
def test_junk_words_that_are_real_given_names(value: str) -> None:
    assert N.junk_reason(value, "given") is None


@pytest.mark.parametrize("value", NOT_JUNK_AS_FULL)
def test_company_and_role_words_as_real_surnames(value: str) -> None:
    assert N.junk_reason(value, "full") is None
    assert N.junk_reason(value) is None


@pytest.mark.parametrize(
    ("value", "suggestion"),
    [
        ("JosÃ©", "José"),
        ("MÃ¼ller", "Müller"),
        ("Oâ€™Neill", "O’Neill"),
        ("Parissa ", "Parissa"),
        ("Mary  Jane", "Mary Jane"),
        ("Pa\u200brissa", "Parissa"),
        ("Mr. John", "John"),
        ("Parissa (she/her)", "Parissa"),
    ],
)
def test_junk_suggestions(value: str, suggestion: str) -> None:
    finding = N.junk_finding(value)
    assert finding is not None and finding.suggestion == suggestion


def test_honorifics_are_exposed() -> None:
    expected = {"mr", "mrs", "ms", "dr", "prof", "herr", "frau", "mme", "sra", "dhr", "mevr"}
    assert expected <= N.HONORIFICS
    assert N.is_honorific("Dr.")
    assert N.is_honorific("MRS")
    assert N.is_honorific("Hon.")
    assert not N.is_honorific("Hon")  # a Cantonese given name
    assert not N.is_honorific("Parissa")


# ---------------------------------------------------------------------------------------------
# casing
# ---------------------------------------------------------------------------------------------

CASING = [
    ("PARISSA", None, "Parissa"),
    ("PARISSA BEHNIA", None, "Parissa Behnia"),
    ("parissa behnia", None, "Parissa Behnia"),
    ("MCDONALD", None, "McDonald"),
    ("mcdonald", "family", "McDonald"),
    ("macleod", None, "MacLeod"),
    ("MACARTHUR", "family", "MacArthur"),
    ("mack", None, "Mack"),
    ("MACY", None, "Macy"),
    ("MACHADO", None, "Machado"),
    ("macias", None, "Macias"),
    ("MACKENZIE", "given", "Mackenzie"),
    ("o'neill", None, "O'Neill"),
    ("O'NEILL", None, "O'Neill"),
    ("o’brien", None, "O’Brien"),
    ("d'arcy", None, "D'Arcy"),
    ("D'ARCY O'NEILL", "full", "D'Arcy O'Neill"),
    ("mary-jane", None, "Mary-Jane"),
    ("MARY-JANE WATSON", None, "Mary-Jane Watson"),
    ("jean-luc picard", None, "Jean-Luc Picard"),
    ("ludwig van beethoven", None, "Ludwig van Beethoven"),
    ("LUDWIG VAN BEETHOVEN", "full", "Ludwig van Beethoven"),
    ("van beethoven", "family", "van Beethoven"),
    ("de la cruz", "family", "de la Cruz"),
    ("DE LA CRUZ", None, "de la Cruz"),
    ("juan de la cruz", None, "Juan de la Cruz"),
    ("ní bhriain", None, "Ní Bhriain"),
    ("NÍ BHRIAIN", None, "Ní Bhriain"),
    ("siobhán ní bhriain", None, "Siobhán Ní Bhriain"),
    ("JOSÉ GARCÍA MÁRQUEZ", None, "José García Márquez"),
    ("NGUYỄN VĂN ANH", None, "Nguyễn Văn Anh"),
    ("NGUYEN VAN ANH", None, "Nguyen Van Anh"),  # Van is a Vietnamese middle name here
    ("JOHN SMITH III", None, "John Smith III"),
    ("john smith jr.", None, "John Smith Jr."),
    ("DR. JOHN SMITH", None, "Dr. John Smith"),
    ("JANE ST. JOHN", None, "Jane St. John"),
    ("st. john", "family", "St. John"),
    ("JP MORGAN", None, "JP Morgan"),
    ("AL GORE", None, "Al Gore"),
    ("ng", None, "Ng"),
    ("li", None, "Li"),
    ("bo", "given", "Bo"),
    ("ŞİMŞEK", None, "Şimşek"),
    ("ИВАН ПЕТРОВ", None, "Иван Петров"),
    ("mohammed bin salman", None, "Mohammed bin Salman"),
    ("AL-HASSAN", None, "Al-Hassan"),
]

NOT_CASING = [
    "Parissa",
    "Parissa Behnia",
    "DeShawn",
    "McDonald",
    "MacLeod",
    "JP",
    "AJ",
    "TJ",
    "NG",  # could be initials
    "jp",
    "LaToya",
    "DiCaprio",
    "O'Neill",
    "de la Cruz",
    "van der Berg",
    "Ludwig van Beethoven",
    "Siobhán Ní Bhriain",
    "bell hooks Smith",  # mixed case is deliberate
    "王伟",
    "محمد",
    "김민준",
    "",
    "   ",
    "J",
    "j.",
    "1234",
    "parissa@example.com",
]


@pytest.mark.parametrize(("value", "role", "expected"), CASING)
def test_casing_suggestion_fires(value: str, role: N.Role | None, expected: str) -> None:
    assert N.casing_suggestion(value, role) == expected


@pytest.mark.parametrize("value", NOT_CASING)
@pytest.mark.parametrize("role", [None, "given", "family"])
def test_casing_suggestion_abstains(value: str, role: N.Role | None) -> None:
    assert N.casing_suggestion(value, role) is None


def test_casing_suggestion_is_stable() -> None:
    for value, role, _ in CASING:
        fixed = N.casing_suggestion(value, role)
        assert fixed is not None
        assert N.casing_suggestion(fixed, role) is None, fixed
        assert N.same_name(fixed, value)


# ---------------------------------------------------------------------------------------------
# full names
# ---------------------------------------------------------------------------------------------

FULL_NAMES = [
    # text, honorific, given, middle, family, suffix
    ("Parissa Behnia", "", "Parissa", "", "Behnia", ""),
    ("Behnia, Parissa", "", "Parissa", "", "Behnia", ""),
    ("Dr. Ludwig van Beethoven Jr.", "Dr.", "Ludwig", "", "van Beethoven", "Jr."),
    ("Siobhán Ní Bhriain", "", "Siobhán", "", "Ní Bhriain", ""),
    ("María José de la Cruz Hernández", "", "María", "José", "de la Cruz Hernández", ""),
    ("van der Berg, Jan", "", "Jan", "", "van der Berg", ""),
    ("Jane St. John", "", "Jane", "", "St. John", ""),
    ("St. John", "", "", "", "St. John", ""),
    ("Prof. Dr. Hans Müller", "Prof. Dr.", "Hans", "", "Müller", ""),
    ('Mr. John "Jack" Smith III', "Mr.", "John", "", "Smith", "III"),
    ("D'Arcy O'Neill", "", "D'Arcy", "", "O'Neill", ""),
    ("王伟", "", "伟", "", "王", ""),
    ("김민준", "", "민준", "", "김", ""),
    ("Nguyen Van Anh", "", "Anh", "Van", "Nguyen", ""),
    ("Tanaka Yuki", "", "Yuki", "", "Tanaka", ""),
    ("Anh Nguyen", "", "Anh", "", "Nguyen", ""),
    ("Wei Zhang", "", "Wei", "", "Zhang", ""),
]


@pytest.mark.parametrize(("text", "honorific", "given", "middle", "family", "suffix"), FULL_NAMES)
def test_parse_full_name(text: str, honorific: str, given: str, middle: str, family: str,
                         suffix: str) -> None:
    parsed = N.parse_full_name(text)
    assert (parsed.honorific, parsed.given, parsed.middle, parsed.family, parsed.suffix) == (
        honorific, given, middle, family, suffix
    )


def test_parse_full_name_details() -> None:
    parsed = N.parse_full_name("Ludwig van Beethoven")
    assert parsed.family_particles == "van" and parsed.family_base == "Beethoven"
    assert N.parse_full_name("Jane St. John").family_base == "St. John"
    assert N.parse_full_name("Nguyen Van Anh").order == "family-first"
    assert N.parse_full_name("Anh Nguyen").order == "given-first"
    assert N.parse_full_name("Cher").ambiguous
    assert N.parse_full_name("Zhang Wei").ambiguous  # either order is possible
    assert N.parse_full_name("").is_empty
    assert N.parse_full_name(" \x00 ").is_empty
    assert N.parse_full_name("Parissa Behnia") is N.parse_full_name("Parissa Behnia")  # cached


@pytest.mark.parametrize(
    ("family", "forms"),
    [
        ("van Beethoven", {"vanbeethoven", "beethoven"}),
        ("de la Cruz", {"delacruz", "cruz"}),
        ("García Márquez", {"garciamarquez", "garcia", "marquez"}),
        ("Smith-Jones", {"smithjones", "smith", "jones"}),
        ("O'Neill", {"oneill"}),
        ("St. John", {"stjohn"}),  # never "john"
        ("Ní Bhriain", {"nibhriain", "bhriain"}),
        ("", set()),
    ],
)
def test_surname_forms(family: str, forms: set[str]) -> None:
    assert N.surname_forms(family) == forms


# ---------------------------------------------------------------------------------------------
# robustness
# ---------------------------------------------------------------------------------------------

_name_like = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from([v for v, _, _ in JUNK if v is not None] + NOT_JUNK)


@settings(max_examples=300, deadline=None)
@given(value=_name_like, other=_name_like, email=st.none() | _name_like)
def test_public_functions_never_raise(value: str, other: str, email: str | None) -> None:
    N.normalize(value)
    N.name_key(value)
    N.same_name(value, other)
    N.name_info(value)
    N.given_weight(value)
    N.family_weight(value)
    N.name_role_evidence(value)
    N.nickname_forms(value)
    N.is_nickname_of(value, other)
    N.name_variants_match(value, other)
    N.surname_forms(value)
    N.is_honorific(value)
    for role in (None, "given", "family", "full"):
        finding = N.junk_finding(value, role)
        assert finding is None or isinstance(finding.category, J)
        suggestion = N.casing_suggestion(value, role)
        assert suggestion is None or isinstance(suggestion, str)
    verdict = N.swap_verdict(value, other, email)
    assert verdict is None or 0.5 <= verdict.confidence <= 0.99
    parsed = N.parse_full_name(value)
    assert isinstance(parsed.given, str) and isinstance(parsed.family, str)


_odd_values = (
    st.none() | st.integers() | st.floats() | st.booleans() | st.lists(st.text(max_size=3))
    | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2) | st.binary(max_size=8)
)


@settings(max_examples=150, deadline=None)
@given(value=_odd_values, other=_odd_values)
def test_non_string_values_never_raise(value: object, other: object) -> None:
    # recipient files are JSON too: a name field can hold a number, a list or null
    for function in (N.normalize, N.name_key, N.name_info, N.given_weight, N.family_weight,
                     N.name_role_evidence, N.nickname_forms, N.surname_forms, N.is_honorific,
                     N.casing_suggestion, N.parse_full_name, N.junk_reason):
        function(value)  # type: ignore[arg-type]
    finding = N.junk_finding(value)  # type: ignore[arg-type]
    assert finding is None or N.junk_reason(value) == finding.category  # type: ignore[arg-type]
    N.swap_verdict(value, other, value)  # type: ignore[arg-type]
    N.same_name(value, other)  # type: ignore[arg-type]
    N.is_nickname_of(value, other)  # type: ignore[arg-type]
    N.name_variants_match(value, other)  # type: ignore[arg-type]

