"""Scarcity said with the sender as the holder ("we only have three places left"), in the P.S.
(FL209) as in English: Spanish puts the holder in a pronoun ("solo nos quedan tres plazas"),
which the cue must allow. Places or days that are no offer stay quiet."""

from __future__ import annotations

import pytest

from _core_testing import fired

TEMPLATE = """---
kind: prospecting
sequence: first-touch
locale: es
---
Hola {{{{ nombre }}}}:

Le comparto algo que vemos a menudo en obradores: los alérgenos deben ir resaltados en la lista de ingredientes.

Saludos,
Itziar Goikoetxea
Etiqueta Clara

{ps}
"""

PRESSURE = [
    "P. D.: Solo nos quedan tres plazas al precio de lanzamiento para la auditoría.",
    "P.D.: Sólo me quedan dos huecos este mes para revisar etiquetas.",
    "PD: Nos quedan muy pocas plazas para el taller de marzo.",
    "P. D.: Solo les quedan 4 licencias al precio actual; después sube.",
]
QUIET = [
    "P. D.: Nos quedan dudas sobre la norma de granel; si las resuelve la AESAN, se lo cuento.",
    "P. D.: La guía completa está aquí, sin registro: {{ guia_url }}",
    "P.D.: A mí me quedan por leer dos informes del sector; le paso lo que encuentre.",
    "PD: Si prefiere que no le escriba más, dígamelo y no insisto.",
]


@pytest.mark.parametrize("ps", PRESSURE)
def test_scarcity_with_the_sender_as_holder_is_pressure(ps: str) -> None:
    assert fired("FL209", TEMPLATE.format(ps=ps)), ps


@pytest.mark.parametrize("ps", QUIET)
def test_a_ps_without_scarcity_is_quiet(ps: str) -> None:
    assert not fired("FL209", TEMPLATE.format(ps=ps)), ps
