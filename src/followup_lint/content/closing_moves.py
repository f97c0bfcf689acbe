"""Closing moves in ordinary words: a switch or upgrade push, a presumed next step, a sign-now close.

* a **switch or upgrade push** tells the reader, or proposes, to move to the sender's offer
  ("Wechseln Sie zu ...", "je vous propose de passer chez ...", "tijd om te upgraden naar ..."):
  an ask;
* a **presumed next step**: the sender proposes to do the next step of the purchase for the reader
  ("Je lance les démarches ?", "Soll ich die Kündigung gleich für Sie vorbereiten?", "Zal ik het
  contract vandaag klaarzetten?"): an ask, and pushy when it names a time (today, gleich, dès
  lundi, hoy mismo, meteen);
* a **sign-now close** ("Als je vandaag tekent, ...", "Si vous signez avant vendredi, ..."): pushy;
  an order to sign with a time ("Merci de nous le renvoyer signé avant vendredi", "Graag vóór
  vrijdag ondertekend terugsturen") is pushy and an ask;
* a **switch push in plain words**: the reader told to do as others who left their provider did
  ("Most of the bakeries I look after left {{ current_insurer }}, and I'd suggest {{ business }}
  does the same"): an ask;
* a **go-ahead that starts the sale** ("Give me the nod and I'll start the paperwork") and the
  **sender taking the switch off the reader's hands** ("I handle the cancellation letter, you just
  sign"): asks, never advice given to the reader (the beneficiary is the sender's sale);
* a **place held for the reader** ("I've held one of the pilot places for {{ company }}"): a
  pitch, and pressure with a time ("until Friday");
* a **yes that buys** ("Reply 'yes' and I'll send the onboarding pack") and a **closing document
  handed over** ("I've attached an order form for 40 seats"): asks, and the handing over is no
  value - unless the reader asked for it ("As promised on the phone, attached are the contract
  template and the price sheet", "Como hablamos por teléfono, le adjunto el modelo de contrato":
  ``requested``) and no time pushes the step ("... please sign and return it by Friday");
* the **reader registered by the sender** ("I've booked you a seat for the 22nd", "Je vous ai
  inscrit à la soirée du 22"): pushy;
* an **offer that ends**, however long its description ("El 15 % de descuento de lanzamiento en
  nuestros sensores termina este viernes"): pressure.

The words are ``rules/data/closing-moves.yml``; the result is structure evidence of
:func:`followup_lint.content.roles.assign_roles`, computed once per sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .phrase_tables import PhraseTable
from .tokens import Token

__all__ = ["HANDOVER", "HELD_PLACE", "PRESUMED_STEP_NOW", "SWITCH_PUSH", "ClosingMove", "closing_moves", "pushes_to_sign",
           "requested_handover"]

#: the detail of a closing document handed over ("I've attached an order form"): no value
HANDOVER = "a closing document handed over"
#: the detail of a place held for the reader ("I've set one of the places aside for you")
HELD_PLACE = "a place held for the reader"
#: the detail of a push to switch or upgrade ("Wechseln Sie zu ...", "tijd om te upgraden")
SWITCH_PUSH = "a push to switch or upgrade"
#: the detail of a presumed next step with a time ("Je lance les démarches cette semaine ?")
PRESUMED_STEP_NOW = "the sender presumes the next step, now"

_TABLE = PhraseTable(
    "closing-moves.yml",
    ("switch_push", "actor", "closing_object", "now", "resources", "sign_if", "offer", "ends", "held_place",
     "until", "reply_yes", "handover", "ends_not", "registered_reader", "requested", "sign_order",
     "follow_others", "left_provider", "follow_not", "go_ahead", "handles", "reader_signs"),
)
#: what ends a clause: an offer's end verb must be in the offer's clause
_CLAUSE_BREAK = frozenset(";:.!?")


@dataclass(frozen=True, slots=True)
class ClosingMove:
    role: str
    detail: str
    start: int
    end: int


def closing_moves(tokens: Sequence[Token], text: str, lang: str) -> list[ClosingMove]:
    """The closing moves of one sentence (``text`` tokenised as ``tokens``)."""
    found: list[ClosingMove] = []
    question = text.rstrip(" )\"'»”’*_").endswith(("?", "？"))

    def first(group: str):  # type: ignore[no-untyped-def]
        matches = _TABLE.find(group, tokens, text, lang)
        return min(matches, key=lambda m: m.start) if matches else None

    if not question:
        push = first("switch_push")
        if push is not None:
            found.append(ClosingMove("ask", SWITCH_PUSH, push.start, push.end))
        follow = first("follow_others")
        if follow is not None and first("left_provider") is not None and first("follow_not") is None:
            # "... left {{ current_insurer }}, and I'd suggest {{ business }} does the same"
            found.append(ClosingMove("ask", SWITCH_PUSH, follow.start, follow.end))
    found.extend(_presumed_steps(tokens, text, lang))
    now = first("now")
    actor = first("actor")
    if actor is not None and first("resources") is None:
        step = next((m for m in _TABLE.find("closing_object", tokens, text, lang) if m.start >= actor.start), None)
        if step is not None and (question or now is not None):
            end = max(step.end, actor.end)
            if now is not None:
                found.append(ClosingMove("pushy", PRESUMED_STEP_NOW, actor.start, end))
            else:
                found.append(ClosingMove("ask", "the sender presumes the next step", actor.start, end))
    sign = first("sign_if")
    if sign is not None and now is not None:
        found.append(ClosingMove("pushy", "a close: sign now", sign.start, max(sign.end, now.end)))
    order = first("sign_order")
    if order is not None and now is not None and sign is None:
        end = max(order.end, now.end)
        found.append(ClosingMove("ask", "an order to sign, timed", order.start, end))
        found.append(ClosingMove("pushy", "a close: sign now", order.start, end))
    offer = first("offer")
    if offer is not None:
        landed = _TABLE.find("ends_not", tokens, text, lang)
        ends = next((m for m in _TABLE.find("ends", tokens, text, lang)
                     if m.start >= offer.end and not any(n.start <= m.start < n.end for n in landed)), None)
        if ends is not None and not any(ch in _CLAUSE_BREAK for ch in text[offer.end : ends.start]):
            found.append(ClosingMove("pressure", "an offer that ends", offer.start, ends.end))
    held = first("held_place")
    if held is not None:
        found.append(ClosingMove("pitch", HELD_PLACE, held.start, held.end))
        if now is not None or first("until") is not None:
            found.append(ClosingMove("pressure", "a place held for the reader, for a time", held.start, held.end))
    registered = first("registered_reader")
    if registered is not None:
        found.append(ClosingMove("pushy", "the reader registered by the sender", registered.start, registered.end))
    for group, detail in (("reply_yes", "a yes that buys"), ("handover", HANDOVER)):
        lead = first(group)
        if lead is None or first("resources") is not None:
            continue
        if group == "handover" and _requested_untimed(tokens, text, lang):
            continue  # the material the reader asked for, handed over: value, not a close
        step = next((m for m in _TABLE.find("closing_object", tokens, text, lang) if m.start >= lead.start), None)
        if step is not None:
            found.append(ClosingMove("ask", detail, lead.start, max(lead.end, step.end)))
    return found


def requested_handover(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """Whether the sentence hands over a closing document (a contract, an order form) that the
    reader asked for or that was promised on a call (``requested``), with no time pushing the step:
    value in itself - unless the email then pushes the reader to sign (the caller's to read)."""
    found = _TABLE.find("handover", tokens, text, lang)
    if not found or not _requested_untimed(tokens, text, lang):
        return False
    lead = min(m.start for m in found)
    return any(m.start >= lead for m in _TABLE.find("closing_object", tokens, text, lang))


def _requested_untimed(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """The sentence says the reader asked for what it hands over, or that it was promised or agreed
    on a call (``requested``), and no time after that reference pushes the step. A day inside or
    before the reference dates the call ("Como hablamos por teléfono el martes, le adjunto ...",
    "Wie am Dienstag telefonisch besprochen, ...", "Zoals we dinsdag telefonisch bespraken, ..."),
    not the signature; "... please sign and return it by Friday" after it does."""
    requested = _TABLE.find("requested", tokens, text, lang)
    if not requested:
        return False
    handover = _TABLE.find("handover", tokens, text, lang)
    # the call reference runs up to the handing over (or its own end, when it comes after)
    reference_end = max(max(m.end for m in requested), min((m.start for m in handover), default=0))
    return not any(m.start >= reference_end for m in _TABLE.find("now", tokens, text, lang))


def pushes_to_sign(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """Whether the sentence pushes the reader to sign now: an order to sign or an "if you sign",
    with a time (``sign_order`` or ``sign_if``, and ``now``: "Please sign and return it by Friday")."""
    if not _TABLE.find("now", tokens, text, lang):
        return False
    return bool(_TABLE.find("sign_order", tokens, text, lang) or _TABLE.find("sign_if", tokens, text, lang))


def _presumed_steps(tokens: Sequence[Token], text: str, lang: str) -> list[ClosingMove]:
    """A go-ahead that starts the sale ("Give me the nod and I'll start the paperwork") and the
    sender taking the switch off the reader's hands ("I handle the cancellation letter, you just
    sign"): the sale presumed, an ask."""
    if _TABLE.find("resources", tokens, text, lang):
        return []
    objects = _TABLE.find("closing_object", tokens, text, lang)
    found = []
    for group, detail in (("go_ahead", "a go-ahead that starts the sale"),
                          ("handles", "the sender takes the switch off the reader's hands")):
        lead = next(iter(sorted(_TABLE.find(group, tokens, text, lang), key=lambda m: m.start)), None)
        step = None if lead is None else next((m for m in objects if m.start >= lead.end), None)
        if lead is not None and step is not None:
            found.append(ClosingMove("ask", detail, lead.start, step.end))
    signs = _TABLE.find("reader_signs", tokens, text, lang)
    if signs:
        found.append(ClosingMove("ask", "a presumed close: the reader only signs", signs[0].start, signs[0].end))
    return found
