"""FL309 (issue 11, written before the code): a certification or accreditation the reader's
company holds, with its standard or the month it came ("Now that {{ company }} has had its ISO
13485 certificate since November", "certifiée ISO 9001 depuis septembre"), is a specific fact
about every reader of a list. The sender's own certification, a regulation or standard that
applies to a whole sector, a condition, a certificate of attendance for the sender's event and a
certification written from a column stay quiet. en/de/fr/es/nl."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_ROWS = [{"first_name": n, "company": c} for n, c in [
    ("Saoirse", "Amankwah Medical Moulding"), ("Kazuki", "Fujimoto Precision"), ("Ilse", "van Rensburg Catheter"),
    ("Raúl", "Echeverría Paz"), ("Ngozi", "Okwuosa Sterile Packaging")]]
_FRAME = {"en": ("Hi", "Kind regards"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Bien à vous"),
          "es": ("Hola", "Un saludo"), "nl": ("Beste", "Groet")}


def _mail(lang: str, sentence: str) -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: prospecting\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n"
            f"{bye},\nPhilippa Asante-Morrow\nCleansense Monitoring\n")


def _fired(lang: str, sentence: str) -> bool:
    return any(d.code == "FL309" for d in run_rules("FL309", _mail(lang, sentence), _ROWS))


MUST_FIRE = [
    ("en", "Now that {{ company }} has had its ISO 13485 certificate since November, the next audit will want to "
           "see that your cleanroom records are complete."),
    ("en", "Congratulations on {{ company }}'s IATF 16949 certification last month - the supplier audits only get "
           "stricter from here."),
    ("en", "Since your lab gained its ISO/IEC 17025 accreditation, clients will expect calibration data on demand."),
    ("de", "Jetzt, wo {{ company }} seit März nach ISO 27001 zertifiziert ist, werden Ihre Kunden nach den "
           "Zugriffsprotokollen fragen."),
    ("fr", "Maintenant que {{ company }} est certifiée ISO 9001 depuis septembre, vos clients vont demander des "
           "relevés complets."),
    ("es", "Ahora que {{ company }} tiene la certificación ISO 14001 desde octubre, los auditores pedirán los "
           "registros de consumo."),
    ("nl", "Nu {{ company }} sinds juni ISO 27001-gecertificeerd is, vragen uw klanten om de logbestanden."),
    ("en", "Saw that {{ company }} is now a certified B Corp - your buyers will start asking for emissions data."),
]

MUST_NOT = [
    ("en", "We have been ISO 13485 certified since November, so our loggers fit straight into your QMS."),
    ("en", "Your certificate of attendance for the 12 March session is attached."),
    ("en", "From May 2026 the MDR applies to every device manufacturer in the EU, and auditors will ask for "
           "complete records."),
    ("en", "If {{ company }} is working towards ISO 13485 certification this year, the checklist below helps."),
    ("en", "Now that {{ company }} has had its {{ certification }} certificate since {{ certified_month }}, the "
           "next audit will want complete records."),
    ("de", "Wir sind seit November nach ISO 13485 zertifiziert, unsere Logger passen also in Ihr QM-System."),
    ("fr", "Depuis janvier, la norme ISO 13485:2016 s'applique à tous les fabricants du secteur."),
    ("es", "Desde mayo, el nuevo reglamento MDR se aplica a todos los fabricantes de productos sanitarios."),
    ("nl", "Wij zijn sinds juni ISO 27001-gecertificeerd, dus onze loggers passen in uw kwaliteitssysteem."),
    ("en", "We help teams like {{ company }} get ISO 27001 certified in 90 days, with the policies written for you."),
]


@pytest.mark.parametrize(("lang", "sentence"), MUST_FIRE)
def test_a_certification_of_the_reader_is_a_claim(lang: str, sentence: str) -> None:
    assert _fired(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), MUST_NOT)
def test_the_senders_or_a_sectors_certification_is_none(lang: str, sentence: str) -> None:
    assert not _fired(lang, sentence)
