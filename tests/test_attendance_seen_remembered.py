"""FL301, presence presumed by what the reader saw or remembers of the occasion (issue 11,
written before the code), en/de/fr/es/nl:

* the reader remembers something shown there, named by what it is ("You'll remember the slide
  with the 90-day curve", "Sie erinnern sich sicher an die Folie mit ...", "Vous vous souvenez de
  la diapositive ...", "Recordarás la gráfica ...", "U herinnert zich vast de grafiek ...");
* the reader saw something for themselves, in operation ("Now that you've seen the cobot cells
  running at full speed", "die Anlage in Betrieb gesehen", "vu la ligne en fonctionnement",
  "viste la línea en funcionamiento", "de lijn in bedrijf gezien").

Must-not rows: an earlier email remembered, a condition ("if you've seen our video"), a
recording offered to those who missed it, a slide sent rather than shown, a hedge.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_ROWS = [
    {"first_name": "Wilhelmina", "last_name": "Osei-Lindgren", "company": "Nordklinik Group", "Attended": "Yes"},
    {"first_name": "Tomás", "last_name": "Ó Flaithearta", "company": "West Coast Clinics", "Attended": "No"},
    {"first_name": "Haruka", "last_name": "Shimizu", "company": "Sakura Medical Centres", "Attended": "Yes"},
]
_FRAME = {"en": ("Hi", "Best regards"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Bien cordialement"),
          "es": ("Hola", "Un saludo"), "nl": ("Beste", "Met vriendelijke groet")}


def _mail(lang: str, sentence: str) -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n"
            f"{bye},\nMarguerite Achebe-Laurent\nClaimright\n")


def _fired(lang: str, sentence: str) -> bool:
    return any(d.code == "FL301" for d in run_rules("FL301", _mail(lang, sentence), _ROWS))


MUST_FIRE = [
    ("en", "You'll remember the slide with the 90-day rejection curve: most of the money is lost in the first "
           "three weeks. I've turned it into a spreadsheet."),
    ("en", "You probably remember the whiteboard sketch of the two approval paths; here it is as a clean diagram."),
    ("de", "Sie erinnern sich sicher an die Folie mit der Ablehnungskurve. Ich habe daraus eine Tabelle gemacht."),
    ("fr", "Vous vous souvenez sans doute de la diapositive avec la courbe des rejets à 90 jours. La voici en tableur."),
    ("es", "Recordarás la gráfica de la curva de rechazos a 90 días; te la paso convertida en hoja de cálculo."),
    ("nl", "U herinnert zich vast de grafiek met de afwijzingscurve van 90 dagen. Hierbij de rekensheet."),
    ("en", "Now that you've seen the cobot welding cells running at full speed, I hope it's easier to picture one "
           "on your floor."),
    ("en", "Now that you've seen the line in action, the payback numbers should make more sense."),
    ("de", "Jetzt, wo Sie die Schweißzellen mit eigenen Augen in Betrieb gesehen haben, anbei die Layoutzeichnung."),
    ("fr", "Maintenant que vous avez vu la ligne de remplissage en fonctionnement, voici le planning des lots d'essai."),
    ("es", "Ahora que viste la línea de envasado en funcionamiento, te paso la calculadora de amortización."),
    ("nl", "Nu u de lascellen in bedrijf hebt gezien, stuur ik u de plattegrond en de terugverdiencalculator."),
]

MUST_NOT = [
    ("en", "You may remember our earlier email about the 90-day rejection curve; the spreadsheet is now ready."),
    ("en", "If you've seen our video of the cobot cells running at full speed, you'll know how quiet they are."),
    ("en", "Couldn't make it? The recording shows the cobot cells running at full speed, and you'll remember to "
           "bring your badge next time."),
    ("en", "I've attached the slide with the 90-day rejection curve that we put together for the report."),
    ("en", "You may have seen the cells running on LinkedIn; the spreadsheet is attached."),
    ("de", "Sie erinnern sich vielleicht an unsere E-Mail zur Ablehnungskurve; die Tabelle ist jetzt fertig."),
    ("fr", "Si vous avez vu notre vidéo de la ligne en fonctionnement, vous savez à quel point elle est silencieuse."),
    ("es", "Si no pudiste venir, en la grabación verás la línea de envasado en funcionamiento."),
    ("nl", "Heeft u ons filmpje van de lascellen in bedrijf al gezien? Hierbij de plattegrond."),
    ("en", "Remember the slide with the 90-day rejection curve? It's in the deck we emailed last week."),
    ("nl", "U herinnert zich misschien onze nieuwsbrief over de afwijzingscurve; de rekensheet staat nu online."),
    ("fr", "Vous vous souvenez peut-être de notre e-mail sur la courbe des rejets ; le tableur est prêt."),
]


@pytest.mark.parametrize(("lang", "sentence"), MUST_FIRE)
def test_seen_or_remembered_there_presumes_presence(lang: str, sentence: str) -> None:
    assert _fired(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), MUST_NOT)
def test_an_email_a_condition_or_a_recording_does_not(lang: str, sentence: str) -> None:
    assert not _fired(lang, sentence)
