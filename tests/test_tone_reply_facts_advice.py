"""Facts a reader asked for and advice given to the reader are neither pressure, loss framing nor a sell.

1. A declared reply (``sequence: reply`` or a ``Re: {{ ... }}`` subject) that states the price,
   the renewal, the deposit or the deadline the reader asked about informs: FL203 stays quiet
   unless the sentence pushes (a countdown to act, "only today", "before they're gone").
2. Tips and how-to steps given to the reader (imperatives, bullet steps, "a tip: ...") and the
   sender's own attempts ("I tried twice", "we tried this first") are value: the classifier's
   word weights alone make no loss framing (FL214), pressure (FL203) or sell (FL201) of them.
   Loss framing tied to the sender's product stays reported.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola {{ first_name }}:", "nl": "Beste {{ first_name }},"}
WATCHED = ("FL201", "FL203", "FL214")


def reply(lang: str, body: str, signoff: str, *, declared: bool = True) -> str:
    head = "kind: reply\nsequence: reply\n" if declared else "kind: follow-up\n"
    return (f"---\n{head}locale: {lang}\nsubject: \"Re: {{{{ previous_subject }}}}\"\n---\n"
            f"{GREETING[lang]}\n\n{body}\n\n{signoff}\n")


def first_touch(lang: str, subject: str, body: str, signoff: str) -> str:
    return (f"---\nkind: prospecting\nsequence: first-touch\nlocale: {lang}\nsubject: \"{subject}\"\n---\n"
            f"{GREETING[lang]}\n\n{body}\n\n{signoff}\n")


# 1. replies that answer with the price, the renewal, the deposit or the deadline
REPLY_FACTS_QUIET = [
    reply("en", "Good question about the invoice. The licence fee for {{ company }} went up 4% in January because our "
                "hosting prices went up; your seat count is the same as last year.\n\nThe monthly plan is still an "
                "option if you'd rather not commit for a year.", "Best,\nSiobhan O'Neill"),
    reply("en", "To answer your question about the booking: the £400 deposit is due by 14 March to hold the date, and "
                "the balance is due four weeks before the wedding.\n\nI've attached the booking terms.",
          "Warm regards,\nMei-Ling Zhou"),
    reply("en", "You asked when enrolment closes. Registration for the spring cohort closes on 28 February and the first "
                "module starts on 10 March; after that the next intake is in September.", "Cheers,\nTomás Ó Briain",
          declared=False),
    reply("de", "Zu Ihrer Frage nach der Verlängerung: Unsere Preise steigen zum 1. April um 4 %, weil die "
                "Rechenzentrumskosten gestiegen sind. Für Ihren Vertrag gilt das erst ab der Verlängerung im Oktober.",
          "Viele Grüße\nKatrin von Amsberg"),
    reply("de", "Sie hatten nach der Anzahlung gefragt: 300 € sind bis zum 14. März fällig, damit wir den Termin "
                "festhalten können. Der Rest wird nach der Veranstaltung abgerechnet.",
          "Viele Grüße\nJörg Müller-Lüdenscheidt"),
    reply("fr", "Pour répondre à votre question sur le renouvellement : nos tarifs augmentent de 3 % au 1er janvier, "
                "en raison de la hausse de nos coûts d'hébergement. Votre nombre de licences reste le même.",
          "Bien cordialement,\nAmélie Lefèvre-Dubois"),
    reply("fr", "Vous demandiez la date limite : les inscriptions pour la session de printemps se terminent le 28 "
                "février, et l'acompte de 200 € est à régler avant cette date.", "Cordialement,\nJean-Baptiste N'Diaye"),
    reply("es", "Sobre su pregunta por la renovación: nuestras tarifas suben un 4 % en enero por el aumento de los "
                "costes de energía. El número de usuarios de su cuenta es el mismo.", "Un saludo,\nJosé Ángel de la Fuente"),
    reply("es", "Me preguntaba por la reserva: la señal de 150 € se paga antes del 14 de marzo para bloquear la fecha, "
                "y el resto una semana antes del evento.", "Saludos,\nInés Peña Ibáñez"),
    reply("nl", "Goede vraag over de verlenging. Onze prijzen gaan per 1 april met 4% omhoog omdat onze "
                "licentiekosten zijn gestegen; het aantal gebruikers in jullie account blijft gelijk.",
          "Met vriendelijke groet,\nFenna van der Wal"),
    reply("nl", "Je vroeg naar de aanbetaling: die van €250 moet vóór 14 maart binnen zijn om de datum vast te "
                "houden. De rest betaal je na afloop.", "Groet,\nYuki Tanaka"),
]
# ... and replies that push around the same facts
REPLY_PUSH_LOUD = [
    reply("en", "Thanks for asking about the workshop. Only two seats are left at this price, so book today before "
                "they're gone.", "Best,\nSiobhan O'Neill"),
    reply("en", "Happy to answer: the 20% discount is for today only, so act now if you want it.",
          "Cheers,\nTomás Ó Briain"),
    reply("de", "Danke für Ihre Frage. Es sind nur noch 2 Plätze frei, also sichern Sie sich jetzt Ihren Platz.",
          "Viele Grüße\nKatrin von Amsberg"),
    reply("de", "Zu Ihrer Frage nach dem Rabatt: Das Angebot gilt nur heute, warten Sie nicht zu lange.",
          "Viele Grüße\nHeike Schäfer-Yılmaz"),
    reply("fr", "Merci pour votre question. Il ne reste que 2 places à ce prix : réservez vite, c'est maintenant ou "
                "jamais.", "Cordialement,\nChloé Bernard"),
    reply("es", "Gracias por preguntar. Solo quedan 2 plazas a este precio, así que reserve ya antes de que se agoten.",
          "Un saludo,\nJosé Ángel de la Fuente"),
    reply("es", "Sobre el descuento: la oferta es solo hoy, no te lo pierdas.", "Saludos,\nInés Peña Ibáñez"),
    reply("nl", "Bedankt voor je vraag. Er zijn nog maar 2 plekken over tegen deze prijs, dus wees er snel bij.",
          "Groet,\nDaan de Jong"),
    reply("nl", "Over de korting: die geldt alleen vandaag, op is op.", "Groet,\nSem Bakker"),
]


# 2. tips and how-to steps given to the reader, and the sender's own attempts
ADVICE_QUIET = [
    first_touch("en", "Espresso machine care for {{ cafe_name }}",
                "One thing we see in busy cafés: scale builds up faster than the manual says. Descale the machine "
                "weekly, flush the group heads after the morning rush, and replace the gasket every six months.\n\n"
                "Hope that's useful at {{ cafe_name }}.", "Best,\nAroha Ngata"),
    first_touch("en", "Fewer no-shows at {{ practice_name }}",
                "Three steps that cut no-shows at the practices I've worked with:\n\n"
                "- Send the reminder two days before, not one.\n"
                "- Ask patients to reply C to confirm.\n"
                "- Offer the freed slot to the waiting list the same afternoon.\n\n"
                "No need to reply, just passing it on.", "Cheers,\nPriya Raghunathan"),
    first_touch("en", "Gift vouchers at {{ shop_name }}",
                "A tip for your gift vouchers: printing a serial number on each one and ticking it off at the till "
                "stops copies being redeemed twice without slowing the queue down.\n\n"
                "We tried stamping them first, which didn't work: the stamps were easy to fake.",
                "Best,\nKwame Mensah-Boateng"),
    first_touch("de", "Kaffeemaschine im {{ cafe_name }}",
                "Ein Tipp aus unserer Werkstatt: Entkalken Sie die Maschine wöchentlich und tauschen Sie die Dichtung "
                "alle sechs Monate. Wer das auslässt, steht im Winter oft ohne Espresso da.\n\n"
                "Vielleicht hilft es ja.", "Viele Grüße\nLukas Graf von Berg"),
    first_touch("de", "Kassenabschluss im {{ store_name }}",
                "So machen es die Filialen, die kaum Kassendifferenzen haben:\n\n"
                "- Zählen Sie die Kasse immer zu zweit.\n"
                "- Legen Sie einen festen Wechselgeldbestand fest.\n"
                "- Notieren Sie Differenzen über 10 € noch am selben Abend.\n\n"
                "Viel Erfolg im Weihnachtsgeschäft!", "Viele Grüße\nHeike Schäfer-Yılmaz"),
    first_touch("fr", "Codes promo de {{ shop_name }}",
                "Un conseil pour vos codes promo : rendez chaque code utilisable une seule fois et liez-le à "
                "l'adresse e-mail du client. Sinon, ils finissent sur les sites de bons de réduction.\n\n"
                "Nous avions d'abord essayé des codes plus courts, sans succès.", "Cordialement,\nNoémie Béranger"),
    first_touch("fr", "Entretien de la machine à café",
                "Trois gestes qui évitent la plupart des pannes :\n\n"
                "- Détartrez la machine chaque semaine.\n"
                "- Rincez les groupes après le coup de feu du midi.\n"
                "- Changez le joint tous les six mois.\n\n"
                "En espérant que cela serve à {{ cafe_name }}.", "Bien à vous,\nAmélie Lefèvre-Dubois"),
    first_touch("es", "Códigos de descuento de {{ shop_name }}",
                "Un consejo para sus códigos de descuento: haga que cada código sea de un solo uso y vincúlelo al "
                "correo del cliente. Si no, acaban en webs de cupones y los usa gente que habría comprado igual.\n\n"
                "Espero que le sirva.", "Un saludo,\nJosé Ángel de la Fuente"),
    first_touch("es", "Cierre de caja en {{ store_name }}",
                "Así cierran caja las tiendas con menos descuadres:\n\n"
                "- Cuenten la caja siempre entre dos personas.\n"
                "- Dejen un fondo de cambio fijo.\n"
                "- Anoten cualquier diferencia de más de 10 € esa misma tarde.\n\n"
                "¡Suerte con la campaña de Navidad!", "Saludos,\nInés Peña Ibáñez"),
    first_touch("nl", "Offerteaanvragen via {{ company }}",
                "Ik probeerde gisteren via jullie site een afspraak te maken, maar na het versturen kwam er geen "
                "bevestiging. Zo lopen er misschien aanvragen mis zonder dat iemand het ziet.\n\n"
                "Ik heb het daarna nog met een andere browser geprobeerd, met hetzelfde resultaat.",
          "Groet,\nThijs Bakker"),
    first_touch("nl", "Onderhoud van de koffiemachine",
                "Drie dingen die de meeste storingen voorkomen:\n\n"
                "- Ontkalk de machine elke week.\n"
                "- Spoel de zetgroepen na de lunchdrukte.\n"
                "- Vervang de afdichting elk half jaar.\n\n"
                "Hopelijk heb je er iets aan.", "Groet,\nYuki Tanaka"),
]
# ... the same shapes as the classifier misreads them: "end up" read as an offer that ends, "without"
# / "ohne" / "sin" in a remedy read as loss, "we tried" read as a pitch, the sender's attempt on
# the reader's own form before a possible loss
ADVICE_QUIET += [
    first_touch("en", "Gift cards for {{ shop_name }}",
                "Something we keep noticing: gift card codes posted on deal forums end up redeemed by people who were "
                "going to buy anyway. Limiting each code to one use and one email address stops most of it without "
                "bothering your regulars.\n\nMost till systems have it as a setting.", "Cheers,\nRosalind Achebe"),
    first_touch("en", "Booking deposits",
                "A tip from the venues we work with: take the deposit when the date is held, not a week later. Holding "
                "dates without a deposit is how most venues end up with empty Saturdays.", "Best,\nMei-Ling Zhou"),
    first_touch("en", "Weekly rota",
                "We tried building the rota in a spreadsheet first and it fell apart in the first busy week: nobody "
                "could see who had swapped shifts. What worked was one shared calendar and a rule that swaps are posted "
                "by Thursday.", "Cheers,\nKwame Mensah-Boateng"),
    first_touch("en", "Till float",
                "Keep the float fixed at £150 and count it at both ends of the shift. Without a fixed float, small "
                "shortfalls disappear into the next day's takings and nobody can trace them.", "Best,\nŌtsuka Hiroshi"),
    first_touch("de", "Gutscheincodes",
                "Was uns immer wieder auffällt: Gutscheincodes, die in Schnäppchenforen landen, werden von Leuten "
                "eingelöst, die ohnehin gekauft hätten. Wenn jeder Code nur einmal und nur mit der E-Mail-Adresse des "
                "Kunden gilt, ist das meiste davon erledigt, ohne Stammkunden zu verärgern.",
                "Viele Grüße\nHeike Schäfer-Yılmaz"),
    first_touch("de", "Kassenbestand",
                "Halten Sie den Wechselgeldbestand fest bei 150 € und zählen Sie ihn zu Schichtbeginn und -ende. Ohne "
                "festen Bestand verschwinden kleine Fehlbeträge im nächsten Tag, und niemand kann sie nachverfolgen.",
                "Viele Grüße\nJörg Müller-Lüdenscheidt"),
    first_touch("fr", "Codes promo",
                "Ce que nous constatons souvent : les codes promo partagés sur les sites de bons finissent par être "
                "utilisés par des clients qui auraient acheté de toute façon. En limitant chaque code à un seul usage, "
                "vous évitez l'essentiel du problème sans agacer vos habitués.", "Cordialement,\nNoémie Béranger"),
    first_touch("es", "Códigos de descuento",
                "Algo que vemos a menudo: los códigos de descuento que acaban en webs de cupones los usan clientes que "
                "habrían comprado igual. Limitando cada código a un solo uso se evita casi todo sin molestar a los "
                "clientes habituales.", "Saludos,\nInés Peña Ibáñez"),
    first_touch("es", "Fondo de caja",
                "Mantenga un fondo de caja fijo de 150 € y cuéntelo al empezar y al terminar el turno. Sin un fondo "
                "fijo, los pequeños descuadres se pierden en la caja del día siguiente y nadie puede rastrearlos.",
                "Saludos,\nMaría José Ngọc"),
    first_touch("es", "Su formulario",
                "Quise pedir un presupuesto para un porche en su web, pero el formulario da un error al enviarlo. "
                "Puede que se estén perdiendo solicitudes sin que {{ company }} lo note.", "Saludos,\nPilar de la Vega"),
    first_touch("nl", "Het contactformulier",
                "Ik wilde via jullie site een offerte aanvragen voor een serre, maar het formulier gaf na verzenden een "
                "foutmelding. Misschien lopen er zo meer aanvragen mis zonder dat {{ company }} het merkt.\n\n"
                "Ik heb het ook op mijn telefoon geprobeerd.", "Groet,\nThijs Bakker"),
]

# ... a loss stated as the problem a free tip then fixes, and the sender's practice handed over
ADVICE_QUIET += [
    first_touch("de", "Ihre Gutscheine",
                "Viele Buchhandlungen verlieren Marge durch Codes, die online geteilt werden. Binden Sie jeden Code an "
                "die E-Mail des Käufers und begrenzen Sie ihn auf eine Nutzung: Das verhindert das meiste.",
                "Viele Grüße\nJörg Müller-Lüdenscheidt"),
    first_touch("fr", "Vos bons",
                "Beaucoup de librairies perdent une part de marge à cause des codes partagés en ligne. Liez chaque code "
                "à l'e-mail de l'acheteur et limitez-le à un usage : cela suffit à stopper l'essentiel des fuites.",
                "Cordialement,\nNoémie Béranger"),
    first_touch("es", "Sus vales",
                "Muchas librerías pierden margen por códigos compartidos en internet. Vincule cada código al correo del "
                "comprador y limítelo a un uso: con eso se evita casi toda la fuga.", "Saludos,\nPilar de la Vega"),
    first_touch("nl", "Je kortingscodes",
                "Veel boekhandels verliezen marge door codes die online gedeeld worden. Koppel elke code aan het "
                "e-mailadres van de koper en beperk hem tot één keer gebruik: dat voorkomt het meeste.",
                "Groet,\nThijs Bakker"),
    first_touch("es", "Cierre de caja",
                "Lo que nos funcionó en nuestras tiendas: contar la caja entre dos, un fondo fijo y anotar las "
                "diferencias esa misma tarde. La lista está aquí: {{ checklist_url }}", "Saludos,\nInés Peña Ibáñez"),
]

# ... a remedy after "if you", "it's worth ...", an order after a semicolon, a get-passive
ADVICE_QUIET += [
    first_touch("en", "Voucher codes",
                "Codes posted on coupon sites mostly get used by customers who'd have paid full price. If you cap each "
                "code at one use per email address, that stops most of it without putting off your regulars.",
                "Best,\nRosalind Achebe"),
    first_touch("en", "Voucher codes",
                "Codes posted on coupon sites mostly get used by customers who'd have paid full price. It's worth "
                "capping each code at one use per email address; without a cap, one post on a deal forum can empty a "
                "month's promo budget.", "Best,\nSeo-yeon Park"),
    first_touch("en", "Espresso machines",
                "Most breakdowns we get called out to in winter are scale. A weekly descale and a gasket every six "
                "months keep most machines running; skip them and the boiler element usually goes first.",
                "Best,\nAroha Ngata"),
]

# ... the sender's attempt with a long object before the German verb, and what helped
ADVICE_QUIET += [
    first_touch("de", "Dienstplan",
                "Wir haben den Dienstplan zuerst in einer Tabelle versucht, und in der ersten vollen Woche ging das "
                "schief: Niemand sah, wer Schichten getauscht hatte. Geholfen hat ein gemeinsamer Kalender und die "
                "Regel, Tausche bis Donnerstag einzutragen.", "Viele Grüße\nLukas Graf von Berg"),
    first_touch("nl", "Rooster",
                "We probeerden het rooster eerst in een spreadsheet en dat liep de eerste drukke week vast: niemand zag "
                "wie diensten had geruild. Wat werkte was één gedeelde agenda en de regel dat ruilen vóór donderdag "
                "erin staat.", "Groet,\nDaan de Jong"),
]

# ... a reminder of the reader's own deadline given as advice
ADVICE_QUIET += [
    first_touch("fr", "Attestations d'hygiène",
                "Un rappel facile à oublier : renouvelez les attestations d'hygiène avant qu'elles n'expirent, car les "
                "contrôleurs les demandent en premier. Vérifiez les dates affichées en salle de pause cette semaine.",
                "Cordialement,\nChloé Bernard"),
]
ADVICE_PRESSURE_LOUD = [
    first_touch("fr", "Attestations d'hygiène",
                "Renouvelez vos attestations avec notre formation en ligne avant qu'elles n'expirent : notre offre de "
                "lancement se termine vendredi. Je vous envoie le lien d'inscription ?", "Cordialement,\nChloé Bernard"),
    first_touch("en", "Hygiene certificates",
                "Renew your staff certificates with our online course before they expire: our launch discount ends "
                "Friday, so book today.", "Best,\nAroha Ngata"),
]

# ... advice given first is value: an ask for a conversation after it is no sell before value (FL201)
ADVICE_THEN_ASK = [
    first_touch("en", "No-shows at {{ practice_name }}",
                "- Send the reminder two days before, not one.\n- Ask patients to reply C to confirm.\n"
                "- Offer the freed slot to the waiting list.\n\nWould a short call next week be useful to go through "
                "how other practices set this up?", "Best,\nPriya Raghunathan"),
    first_touch("de", "Kassenabschluss", "Zählen Sie die Kasse immer zu zweit und notieren Sie Differenzen noch am "
                "selben Abend.\n\nHätten Sie nächste Woche Zeit für einen kurzen Austausch dazu?",
                "Viele Grüße\nHeike Schäfer-Yılmaz"),
    first_touch("fr", "Clôture de caisse", "Comptez la caisse à deux et notez les écarts le soir même.\n\n"
                "Auriez-vous un moment la semaine prochaine pour en parler ?", "Cordialement,\nChloé Bernard"),
    first_touch("es", "Cierre de caja", "Cuenten la caja siempre entre dos y anoten las diferencias esa misma tarde."
                "\n\n¿Tendría un momento la semana que viene para comentarlo?", "Saludos,\nInés Peña Ibáñez"),
    first_touch("nl", "Kassa-afsluiting", "Tel de kassa altijd met z'n tweeën en noteer verschillen dezelfde avond."
                "\n\nHeb je volgende week even tijd om het erover te hebben?", "Groet,\nDaan de Jong"),
]
# ... while an order that is a sales slogan ("Stop wasting hours ...") gives nothing
SLOGAN_LOUD = [
    first_touch("en", "Rotas", "Stop wasting hours on manual rotas. Rotabot builds them in minutes from your staff's "
                "availability. Want to see it?", "Best,\nSam Okafor"),
    first_touch("de", "Dienstpläne", "Verschwenden Sie keine Stunden mehr mit Dienstplänen. Rotabot erstellt sie in "
                "Minuten. Sollen wir kurz telefonieren?", "Viele Grüße\nSam Okafor"),
    first_touch("es", "Turnos", "Deje de perder horas con los turnos. Rotabot los crea en minutos. ¿Hablamos el "
                "jueves?", "Saludos,\nSam Okafor"),
    first_touch("nl", "Roosters", "Verspil geen uren meer aan roosters. Rotabot maakt ze in een paar minuten. Zullen "
                "we donderdag bellen?", "Groet,\nSam Okafor"),
]

# ... and loss framing or a sell in the same shapes: the sender's product as the lever
ADVICE_LOUD = [
    ("FL214", first_touch("en", "No-shows at {{ practice_name }}",
                          "Every week without automated reminders, your practice loses patients to the clinic down the "
                          "road. Our reminder service fixes that in a day.", "Cheers,\nPriya Raghunathan")),
    ("FL201", first_touch("en", "Espresso machine care",
                          "Switch to our AutoClean descaling subscription today and stop losing weekends to scale. Reply "
                          "and I'll set up your account.", "Best,\nAroha Ngata")),
    ("FL214", first_touch("de", "Kassenabschluss",
                          "Jede Woche ohne unsere Kassensoftware verlieren Sie Geld durch Zählfehler. Sollen wir "
                          "nächste Woche telefonieren?", "Viele Grüße\nHeike Schäfer-Yılmaz")),
    ("FL214", first_touch("fr", "Vos rendez-vous",
                          "Chaque semaine sans notre outil de rappel, vous perdez des patients au profit de vos "
                          "concurrents. Un appel de 15 minutes jeudi ?", "Cordialement,\nChloé Bernard")),
    ("FL214", first_touch("es", "Sus citas",
                          "Cada semana sin nuestro sistema de recordatorios pierde pacientes frente a la competencia. "
                          "¿Hablamos el jueves?", "Un saludo,\nJosé Ángel de la Fuente")),
    ("FL214", first_touch("nl", "Uw kassa",
                          "Elke week zonder ons kassasysteem loopt u omzet mis door telfouten. Zullen we volgende week "
                          "even bellen?", "Groet,\nSem Bakker")),
    ("FL214", first_touch("en", "Your tills",
                          "Count your tills with our CashCheck scanner, or keep losing money every week you wait. Want "
                          "a demo on Thursday?", "Best,\nKwame Mensah-Boateng")),
    ("FL201", first_touch("de", "Kaffeemaschine",
                          "Buchen Sie jetzt unser Entkalkungs-Abo und sparen Sie sich teure Reparaturen. Ich richte "
                          "Ihnen gern einen Testzugang ein.", "Viele Grüße\nLukas Graf von Berg")),
    ("FL214", first_touch("de", "Ihre Gutscheine",
                          "Viele Buchhandlungen verlieren Marge durch Codes, die online geteilt werden. Binden Sie jeden "
                          "Code an die E-Mail des Käufers; unser CodeWächter macht das automatisch. Passt Ihnen eine Demo "
                          "am Donnerstag?", "Viele Grüße\nJörg Müller-Lüdenscheidt")),
    ("FL214", first_touch("fr", "Vos bons",
                          "Beaucoup de librairies perdent une part de marge à cause des codes partagés en ligne. Liez "
                          "chaque code à l'e-mail de l'acheteur : notre logiciel le fait pour vous. Une démo jeudi ?",
                          "Cordialement,\nNoémie Béranger")),
    ("FL214", first_touch("es", "Sus vales",
                          "Muchas librerías pierden margen por códigos compartidos en internet. Vincule cada código al "
                          "correo del comprador: nuestra plataforma lo hace sola. ¿Le enseño una demo el jueves?",
                          "Saludos,\nPilar de la Vega")),
    ("FL214", first_touch("nl", "Je kortingscodes",
                          "Veel boekhandels verliezen marge door codes die online gedeeld worden. Koppel elke code aan "
                          "het e-mailadres van de koper: onze software doet dat automatisch. Zullen we een demo plannen?",
                          "Groet,\nThijs Bakker")),
    ("FL201", first_touch("en", "Voucher codes",
                          "Our VoucherLock caps every code at one use automatically and is used by 400 independent "
                          "shops. Can I show you a demo on Thursday?", "Best,\nSeo-yeon Park")),
    ("FL214", first_touch("en", "Espresso machines",
                          "It's worth switching to our ScaleGuard filters: every month without them your machines lose "
                          "hours to breakdowns your competitors don't have. Shall I send a quote?", "Best,\nAroha Ngata")),
    ("FL201", first_touch("de", "Dienstplan",
                          "Wir haben jedes Dienstplan-Tool ausprobiert und dann SchichtPilot gebaut: Unsere Software "
                          "halbiert die Planungszeit für 200 Cafés. Passt Ihnen eine Demo am Donnerstag?",
                          "Viele Grüße\nLukas Graf von Berg")),
    ("FL201", first_touch("en", "Booking deposits",
                          "A tip from the venues we work with: every month you run bookings without our DepositDesk app, "
                          "you lose Saturdays to no-shows. Shall I send you a trial login?", "Best,\nMei-Ling Zhou")),
    ("FL201", first_touch("en", "Weekly rota",
                          "We tried every rota tool on the market and then built ShiftLoop, which cuts scheduling time "
                          "in half for 200 cafés. Want a demo next week?", "Cheers,\nKwame Mensah-Boateng")),
    ("FL214", first_touch("de", "Ein Tipp für Ihre Kasse",
                          "Ein Tipp: Ohne unsere Kassensoftware verlieren Sie jede Woche Geld durch Zählfehler. Sollen "
                          "wir kurz telefonieren?", "Viele Grüße\nJörg Müller-Lüdenscheidt")),
    ("FL214", first_touch("fr", "Un conseil pour vos rendez-vous",
                          "Un conseil : chaque mois sans notre logiciel de rappel, vous perdez des patients au profit de "
                          "vos concurrents. Un appel jeudi ?", "Cordialement,\nNoémie Béranger")),
    ("FL214", first_touch("es", "Un consejo para sus citas",
                          "Un consejo: cada mes sin nuestra plataforma de recordatorios pierde pacientes frente a la "
                          "competencia. ¿Hablamos el jueves?", "Saludos,\nPilar de la Vega")),
    ("FL214", first_touch("nl", "Een tip voor uw kassa",
                          "Een tip: elke maand zonder onze kassasoftware loopt u omzet mis door telfouten. Zullen we "
                          "volgende week bellen?", "Groet,\nThijs Bakker")),
]


@pytest.mark.parametrize("template", REPLY_FACTS_QUIET)
def test_reply_stating_facts_is_no_pressure(template: str) -> None:
    found = run_rules(WATCHED, template)
    assert found == [], [f"{d.code}: {d.message}" for d in found]


@pytest.mark.parametrize("template", REPLY_PUSH_LOUD)
def test_reply_that_pushes_is_pressure(template: str) -> None:
    assert any(d.code == "FL203" for d in run_rules("FL203", template)), template


@pytest.mark.parametrize("template", ADVICE_QUIET)
def test_advice_to_the_reader_is_no_loss_or_sell(template: str) -> None:
    found = run_rules(WATCHED, template)
    assert found == [], [f"{d.code}: {d.message}" for d in found]


@pytest.mark.parametrize("template", ADVICE_THEN_ASK)
def test_advice_before_an_ask_is_value(template: str) -> None:
    found = run_rules("FL201", template)
    assert found == [], [f"{d.code}: {d.message}" for d in found]


@pytest.mark.parametrize("template", SLOGAN_LOUD)
def test_a_sales_slogan_as_an_order_is_no_value(template: str) -> None:
    assert any(d.code == "FL201" for d in run_rules("FL201", template)), template


@pytest.mark.parametrize("template", ADVICE_PRESSURE_LOUD)
def test_the_senders_deadline_in_advice_is_pressure(template: str) -> None:
    assert any(d.code == "FL203" for d in run_rules("FL203", template)), template


@pytest.mark.parametrize("code,template", ADVICE_LOUD)
def test_loss_framing_with_the_product_still_fires(code: str, template: str) -> None:
    found = run_rules(WATCHED, template)
    assert any(d.code == code for d in found), [f"{d.code}: {d.message}" for d in found]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "nl"])
def test_phrase_tables_parse(lang: str) -> None:
    """A phrase that does not parse would silently switch the reading off for its language."""
    from followup_lint.content.phrase_tables import PhraseTable

    for name, groups in (("advice.yml", ("howto", "remedy", "means", "attempt", "slogan", "no_order")), ("reply-facts.yml", ("push",))):
        table = PhraseTable(name, groups)
        for group in groups:
            assert table.find(group, [], "", lang) == []
