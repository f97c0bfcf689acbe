"""FL301 and the campaign and program statuses that mean the person never attended (issue 11,
item 3), as CRM and webinar tools export them: a Marketo program member still "Invited" or "Not
in Program", a Salesforce campaign member "Sent" or "Invited", a Salesforce "Responded" in a
campaign whose status column marks others "Attended", a GoTo Webinar registrant still
"Waiting", the same statuses in German, French, Spanish and Dutch exports. Must-not: statuses
that mean the person was there, live or on demand ("Attended On-demand" stays attended, even
beside a "Registered" column), "Responded" in a Sent/Responded campaign where no one is marked
attended (there it may be the attended step), and an old CRM status beside a webinar column
that says they came. Written before the code; each case is a whole list, as one tool exports it.
"""

from __future__ import annotations

import csv
import io

import pytest

from followup_lint import lint

TEMPLATE = """---
kind: follow-up
---
Hi {{ first_name }},

Thanks for attending our webinar on supplier onboarding. The checklist we walked through is attached.

Best,
Inés Okafor-Lindqvist
Procura
"""


def _rows(text: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text.strip() + "\n")))
    for row in rows:  # the template greets by first name, whatever the export calls it
        row.setdefault("first_name", row.get("First Name") or row.get("Vorname") or row.get("Prénom")
                       or row.get("Nombre") or row.get("Voornaam") or "")
    return rows


# (id, export as CSV, 0-based rows that must get FL301)
NEVER_ATTENDED = [
    ("marketo-invited", """
First Name,Last Name,Email Address,Company Name,Program Status,Status Reason,Success,Membership Date
Teodora,Vasilescu-Brandt,teodora@carpatlogistic.example,Carpat Logistic,Attended,,true,2026-11-02
Kenji,Watanabe,k.watanabe@setouchi-parts.example,Setouchi Parts,Invited,,false,2026-11-02
Ngozi,Adichie-Bello,ngozi@lagosfreight.example,Lagos Freight,Attended,,true,2026-11-03
""", {1}),
    ("marketo-not-in-program", """
First Name,Last Name,Email Address,Company Name,Program Status,Success
Aurélien,de La Fontaine,aurelien@vinsfontaine.example,Vins Fontaine,Attended,true
Priya,Raghunathan,priya@chennaitextiles.example,Chennai Textiles,Not in Program,false
""", {1}),
    ("marketo-registered-after-the-event", """
First Name,Last Name,Email Address,Program Status,Success,Acquired By
Ólafur,Sigurðsson,olafur@nordurfisk.example,Attended,true,false
Lucía,Fernández de Córdoba,lucia@cordobaenvases.example,Registered,false,false
Jae-won,Choi,jaewon@hanriver.example,No Show,false,false
""", {1, 2}),
    ("salesforce-sent", """
Campaign Name,Member Status,First Name,Last Name,Title,Company / Account,Email,Lead Source
Q4 Webinar - Supplier Onboarding,Attended,Mirela,Kovačević,Buyer,Adria Trade,mirela@adriatrade.example,Webinar
Q4 Webinar - Supplier Onboarding,Sent,Olumide,Bankole-Smith,Procurement Lead,Bankole Foods,olumide@bankole.example,Webinar
""", {1}),
    ("salesforce-invited", """
Campaign Name,Status,First Name,Last Name,Company,Email
Supplier Onboarding Live,Invited,Hyun-woo,Kang,Busan Marine,hw.kang@busanmarine.example
Supplier Onboarding Live,Attended,Saoirse,Ní Dhomhnaill,Atlantic Seafoods,saoirse@atlanticseafoods.example
Supplier Onboarding Live,No Show,Mateus,Gonçalves,Porto Cortiça,mateus@portocortica.example
""", {0, 2}),
    ("salesforce-responded-beside-attended", """
Campaign Name,Member Status,First Name,Last Name,Company,Email,Responded
Supplier Onboarding Live,Attended,Hamid,Karimi,Tabriz Carpets,hamid@tabriz.example,1
Supplier Onboarding Live,Responded,Elsa,von Trapp-Moser,Salzach Holz,elsa@salzachholz.example,1
Supplier Onboarding Live,Attended,Thandiwe,Nkosi,Durban Cargo,thandiwe@durbancargo.example,1
""", {1}),
    ("goto-waiting-for-approval", """
First Name,Last Name,Email Address,Registration Date,Registrant Status,Attended,Company
Björk,Guðmundsdóttir,bjork@reykjavikdesign.example,2026-11-01,Approved,Yes,Reykjavik Design
Arjun,Mehta-Krishnan,arjun@punepumps.example,2026-11-02,Waiting,,Pune Pumps
""", {1}),
    ("de-eingeladen", """
Vorname,Nachname,E-Mail,Firma,Teilnahmestatus
Friedrich,von Ahlefeldt,f.ahlefeldt@holstein-agrar.example,Holstein Agrar,Teilgenommen
Ayşe,Demir,a.demir@rhein-textil.example,Rhein Textil,Eingeladen
""", {1}),
    ("fr-invite", """
Prénom,Nom,E-mail,Société,Statut du participant
Élodie,Martin-Leclerc,elodie@bretagne-conserves.example,Bretagne Conserves,Présent
Mamadou,Diallo,mamadou@dakarlogistique.example,Dakar Logistique,Invité
""", {1}),
    ("marketo-numbered-steps", """
First Name,Last Name,Email Address,Program Status,Success
Kirra,Nguyen-Walker,kirra@coralcoast.example,4 - Attended - Success,true
Tadhg,Ó Súilleabháin,tadhg@kerryagri.example,3 - No Show,false
Amara,Okonkwo,amara@enugutech.example,2 - Registered,false
""", {1, 2}),
    ("channel-named-first", """
Campaign Name,Member Status,First Name,Last Name,Email
Spring Series,Webinar - Attended,Leilani,Kahale,leilani@mauifarms.example
Spring Series,Webinar - Invited,Bogdan,Wróblewski-Nowak,bogdan@vistula.example
""", {1}),
    ("es-invitado-nl-uitgenodigd", """
Nombre,Apellidos,Correo,Empresa,Estado de asistencia
José Luis,García Márquez,jl@marquezenvios.example,Márquez Envíos,Invitado
Wouter,van den Broek,wouter@broekbouw.example,Broek Bouw,Uitgenodigd
Xiomara,,xiomara@caribefrio.example,Caribe Frío,Asistió
""", {0, 1}),
]

ATTENDED_OR_UNKNOWN = [
    ("on24-on-demand-beside-registered", """
First Name,Last Name,Email,Company,Registration Status,Attendance Status,Live Minutes
Sakura,Yamamoto,sakura@kyotoceramics.example,Kyoto Ceramics,Registered,Attended On Demand,0
Rhys,ap Gruffydd,rhys@cambrianslate.example,Cambrian Slate,Registered,Attended,52
""", set()),
    ("salesforce-sent-responded-campaign", """
Campaign Name,Member Status,First Name,Last Name,Company,Email
Supplier Onboarding Live,Responded,Ana,Lima-Carvalho,Recife Têxtil,ana@recifetextil.example
Supplier Onboarding Live,Responded,Dawit,Bekele,Addis Coffee Export,dawit@addiscoffee.example
""", set()),
    ("salesforce-all-attended", """
Campaign Name,Member Status,First Name,Last Name,Title,Company / Account,Email
Q4 Webinar - Supplier Onboarding,Attended,Zhang,Wei,AP Lead,Pearl Delta Trading,wei@pearldelta.example
Q4 Webinar - Supplier Onboarding,Attended,Margarethe,zu Solms,CFO,Solms Brauerei,m.solms@solms.example
""", set()),
    ("stale-crm-invited-but-zoom-attended", """
First Name,Last Name,Email,Program Status,Attended,Time in Session (minutes)
Kofi,Annan-Mensah,kofi@accracocoa.example,Invited,Yes,48
Ingrid,Bergström,ingrid@dalarnatimber.example,Attended,Yes,61
""", set()),
    ("marketo-attended-on-demand", """
First Name,Last Name,Email Address,Program Status,Success
Rania,Haddad,rania@beirutprint.example,Webinar -> Attended On-demand,true
Tomasz,Wiśniewski,tomasz@gdanskport.example,Attended,true
""", set()),
    ("hubspot-attendance-state", """
Record ID,First Name,Last Name,Email,Event attendance state
5101,Liam,O'Sullivan,liam@corkdairy.example,ATTENDED
5102,Mei,Lin,mei@taipeichips.example,ATTENDED
""", set()),
    ("goto-approved-and-attended", """
First Name,Last Name,Email Address,Registrant Status,Attended,In Session Duration
Nomvula,Dlamini,nomvula@jozimining.example,Approved,Yes,44 minutes
Henrik,Løvstad,henrik@bergenshipping.example,Approved,Yes,37 minutes
""", set()),
    ("de-teilgenommen", """
Vorname,Nachname,E-Mail,Firma,Teilnahmestatus
Friedrich,von Ahlefeldt,f.ahlefeldt@holstein-agrar.example,Holstein Agrar,Teilgenommen
Ayşe,Demir,a.demir@rhein-textil.example,Rhein Textil,Teilgenommen
""", set()),
    ("fr-present-a-la-demande", """
Prénom,Nom,E-mail,Société,Statut du participant
Élodie,Martin-Leclerc,elodie@bretagne-conserves.example,Bretagne Conserves,Présent
Mamadou,Diallo,mamadou@dakarlogistique.example,Dakar Logistique,Attended On-demand
""", set()),
    ("marketo-numbered-success-steps", """
First Name,Last Name,Email Address,Program Status,Success
Kirra,Nguyen-Walker,kirra@coralcoast.example,4 - Attended - Success,true
Yuto,Sasaki,yuto@sendaiworks.example,5 - Attended On-Demand - Success,true
""", set()),
    ("channel-named-first-attended", """
Campaign Name,Member Status,First Name,Last Name,Email
Spring Series,Webinar - Attended,Leilani,Kahale,leilani@mauifarms.example
Spring Series,Event: Attended,Bogdan,Wróblewski-Nowak,bogdan@vistula.example
""", set()),
    ("es-nl-attended", """
Nombre,Apellidos,Correo,Empresa,Estado de asistencia
José Luis,García Márquez,jl@marquezenvios.example,Márquez Envíos,Asistió
Wouter,van den Broek,wouter@broekbouw.example,Broek Bouw,Aanwezig
""", set()),
]


def test_the_tables_are_balanced() -> None:
    assert len(NEVER_ATTENDED) == len(ATTENDED_OR_UNKNOWN)


def _fired_rows(export: str) -> set[int]:
    report = lint(TEMPLATE, _rows(export), config={"select": ["FL301"]})
    return {d.recipient.index for d in report.diagnostics if d.code == "FL301" and d.recipient is not None}


@pytest.mark.parametrize(("export", "expected"), [pytest.param(e, x, id=i) for i, e, x in NEVER_ATTENDED])
def test_statuses_short_of_attending_are_no_shows(export: str, expected: set[int]) -> None:
    assert _fired_rows(export) == expected


@pytest.mark.parametrize(("export", "expected"), [pytest.param(e, x, id=i) for i, e, x in ATTENDED_OR_UNKNOWN])
def test_attended_live_or_on_demand_is_not_a_no_show(export: str, expected: set[int]) -> None:
    assert _fired_rows(export) == expected
