"""FL006: lead-field and subscriber tags of more tools, and API path parameters that are text.

1. Tools whose tags no bracket shape reads, reported whatever field they name: Zoho Campaigns
   (``$[LF:COMPANY]$``, ``$[FNAME|there]$``, ``$[UD:CITY|your city]$``), Keap / Infusionsoft
   (``~Contact.FirstName~``), Emma (``[% member:first_name %]``), MailPoet
   (``[subscriber:firstname | default:reader]``) and Rule (``[Subscriber:FirstName]``,
   ``[CustomField:Order.Id]``).
2. A REST path with a parameter, in a reply to a developer, is the API's documented path and is
   meant literally: after an HTTP method or curl ("GET /v2/claims/{claim_id}/status"), a path
   from the root ("/v2/members/{member_id}/coverage", "/reports/[reportId]"), or an API host's
   address. A brace in an ordinary link ("https://cal.example/{rep_calendar}") is still a slot
   left unfilled, and so are a tilde or a colon that are no tool's tag.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

RECORDS = [
    {"first_name": "Millicent", "last_name": "Adjei-Farquharson", "company": "Farquharson Healthcare",
     "email": "millicent@farquharsonhc.example"},
    {"first_name": "Shun", "last_name": "Morimoto", "company": "Morimoto Industrial",
     "email": "shun.morimoto@morimotoind.example"},
    {"first_name": "Ailbhe", "last_name": "Ní Mhurchú", "company": "Wexford Credit Union", "email": "ailbhe@wexfordcu.example"},
]
GREETINGS = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Hoi"}


def _email(lang: str, body: str) -> str:
    return (f"---\nkind: reply\nlocale: {lang}\n---\n{GREETINGS[lang]} {{{{ first_name }}}},\n\n{body}\n\n"
            "Best,\nAurelio Nakashima-Boyd\nClaimbridge\n")


# (lang, body, the tag FL006 must quote)
FIRE = [
    ("en", "Our module would plug straight into $[LF:COMPANY]$'s existing Renishaw probes.", "$[LF:COMPANY]$"),
    ("en", "Hi $[FNAME|there]$, your savings review is due.", "$[FNAME|there]$"),
    ("de", "Unser Team in $[UD:CITY|Ihrer Stadt]$ meldet sich bei Ihnen.", "$[UD:CITY|Ihrer Stadt]$"),
    ("en", "I put together a short plan for ~Contact.Company~ based on your current volumes.", "~Contact.Company~"),
    ("fr", "Bonjour [% member:first_name %], voici le compte rendu de la visite.", "[% member:first_name %]"),
    ("es", "Hola [subscriber:firstname | default:lector], le enviamos el informe.", "[subscriber:firstname | default:lector]"),
    ("nl", "Hoi [Subscriber:FirstName], je bestelling [CustomField:Order.Id] is verzonden.", "[Subscriber:FirstName]"),
    ("en", "Pick a time that suits you: https://cal.claimbridge.example/{rep_calendar}", "{rep_calendar}"),
    ("en", "Your dashboard is ready at https://app.claimbridge.example/{company_name}/overview.", "{company_name}"),
]
# nothing here is a placeholder
QUIET = [
    ("en", "Good question. To check one claim, call GET /v2/claims/{claim_id}/status with the ID you got back."),
    ("en", "Refunds go through POST /api/orders/{order_id}/refunds; the body takes an amount in cents."),
    ("en", "You can try it from a terminal: curl https://api.claimbridge.example/v2/claims/{claim_id} with your key."),
    ("en", "The coverage lives at /v2/members/{member_id}/coverage, and the report pages at /reports/[reportId]."),
    ("de", "Rufen Sie dafür GET /v1/rechnungen/{rechnung_id} mit Ihrem Sandbox-Schlüssel auf."),
    ("fr", "Pour une facture, appelez GET /v1/factures/{facture_id} avec votre clé de test."),
    ("es", "Para una factura, llame a GET /v1/facturas/{factura_id} con su clave de pruebas."),
    ("nl", "Voor één factuur roep je GET /v1/facturen/{factuur_id} aan met je testsleutel."),
    ("en", "The review takes ~20 minutes, and the report runs to roughly 12 pages [PDF]."),
]


def test_the_tables_are_balanced() -> None:
    assert len(FIRE) == len(QUIET)


@pytest.mark.parametrize(("lang", "body", "tag"), FIRE)
def test_fl006_reports_the_tag(lang: str, body: str, tag: str) -> None:
    found = [d for d in run_rules(["FL006"], _email(lang, body), RECORDS) if d.code == "FL006"]
    assert found, body
    assert any(tag in d.message.replace("\\'", "'") for d in found), [d.message for d in found]


@pytest.mark.parametrize(("lang", "body"), QUIET)
def test_fl006_leaves_api_paths_and_plain_text_alone(lang: str, body: str) -> None:
    assert codes(run_rules(["FL006"], _email(lang, body), RECORDS)) == []
