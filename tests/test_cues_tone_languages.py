"""German, French, Spanish and Dutch cues for the tone roles that drive FL203, FL208-FL212 and
FL214 and the offers and closing asks of FL201: hype, pressure, loss framing, pushy asks, filler,
flattery, fake familiarity, offers / upgrade and switch pushes, closing asks.

Written before the cues, by category and not from the role corpus (corpus/roles/ is the measure,
not the source), in both registers (Sie/du, vous/tu, usted/tú, u/je). Every must-fire sentence
has must-not sentences beside it that use the same words innocently: "unverbindlich", "sans
engagement", "sin compromiso", "vrijblijvend"; a deadline that is the reader's own; "dringend"
about the reader's problem; the topic of a discount; the reader's own switch; the sender
delivering something by a date. Cues only (no classifier), so each case tests the lexicon.

Run ``PYTHONPATH=src python tests/test_cues_tone_languages.py`` to print how the tables score.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, print_table_scores
from followup_lint.content.roles import assign_roles
from followup_lint.testing import run_rules

# (role, language, sentence): the role's cue must be found
FIRES = [
    # hype: superlatives and buzzwords about the offer
    ("hype", "de", "Unsere KI ist die fortschrittlichste Lösung am Markt."),
    ("hype", "de", "Mit unserer bahnbrechenden Technologie heben Sie Ihren Vertrieb aufs nächste Level."),
    ("hype", "de", "Ein echter Gamechanger für jede Buchhaltung."),
    ("hype", "de", "Wir liefern Spitzenqualität zum Hammerpreis."),
    ("hype", "fr", "Notre IA est la solution la plus avancée du marché."),
    ("hype", "fr", "Une technologie de rupture qui change la donne pour vos équipes."),
    ("hype", "fr", "Un outil ultra-puissant et ultra-simple."),
    ("hype", "es", "Nuestra IA es la solución más avanzada del mercado."),
    ("hype", "es", "Una tecnología disruptiva que cambia las reglas del juego."),
    ("hype", "es", "Resultados espectaculares desde el primer día."),
    ("hype", "nl", "Ons platform is de meest geavanceerde oplossing op de markt."),
    ("hype", "nl", "Een echte gamechanger voor elke boekhouding."),
    ("hype", "nl", "Topkwaliteit voor een superscherpe prijs."),
    # pressure: deadlines, scarcity, price rises, act now
    ("pressure", "de", "Der Frühbucherrabatt endet am Freitag um Mitternacht."),
    ("pressure", "de", "Sichern Sie sich jetzt einen der letzten Plätze."),
    ("pressure", "de", "Ab dem 1. Januar steigen unsere Preise um 12 %."),
    ("pressure", "de", "Die Teilnehmerzahl ist streng begrenzt."),
    ("pressure", "fr", "L'offre de lancement prend fin vendredi à minuit."),
    ("pressure", "fr", "Réservez vite, les places partent très vite."),
    ("pressure", "fr", "Nos tarifs augmentent au 1er janvier."),
    ("pressure", "fr", "Il ne vous reste que deux jours pour profiter de la remise."),
    ("pressure", "es", "La oferta de lanzamiento termina este viernes."),
    ("pressure", "es", "Quedan muy pocas plazas para la formación de marzo."),
    ("pressure", "es", "A partir de enero subimos los precios un 10 %."),
    ("pressure", "es", "Date prisa, que las entradas se agotan."),
    ("pressure", "nl", "De introductiekorting loopt vrijdag af."),
    ("pressure", "nl", "Er zijn nog maar een paar plekken vrij."),
    ("pressure", "nl", "Vanaf 1 januari gaan onze prijzen omhoog."),
    ("pressure", "nl", "Schrijf je vandaag nog in, morgen is het te laat."),
    # loss: what the reader loses or risks without acting
    ("loss", "de", "Jede Woche ohne Tourenplanung kostet Ihre Disposition bares Geld."),
    ("loss", "de", "Dadurch entgehen Ihnen jedes Quartal Aufträge."),
    ("loss", "de", "Können Sie es sich leisten, weiter Leads zu verlieren?"),
    ("loss", "fr", "Chaque semaine sans relance automatique vous coûte des clients."),
    ("loss", "fr", "Pouvez-vous vous permettre de perdre encore des contrats ?"),
    ("loss", "fr", "Vous passez à côté de ventes faciles."),
    ("loss", "es", "Cada semana sin automatizar te cuesta clientes."),
    ("loss", "es", "¿Te puedes permitir seguir perdiendo contratos?"),
    ("loss", "es", "Se te están escapando ventas todos los meses."),
    ("loss", "nl", "Elke week zonder planning kost je klanten."),
    ("loss", "nl", "Kun je het je veroorloven om nog meer klanten kwijt te raken?"),
    ("loss", "nl", "Zo glippen er elke maand opdrachten door je vingers."),
    # pushy: the sender sets the time, assumes the yes, demands a decision
    ("pushy", "de", "Ich melde mich morgen Vormittag telefonisch bei Ihnen."),
    ("pushy", "de", "Ich habe uns für Dienstag 14 Uhr einen Termin eingetragen."),
    ("pushy", "de", "Wenn ich nichts Gegenteiliges höre, gehe ich von einer Zusage aus."),
    ("pushy", "de", "Ich brauche bis morgen Ihre Entscheidung."),
    ("pushy", "fr", "Je vous passe un coup de fil demain matin."),
    ("pushy", "fr", "J'ai bloqué un créneau mardi à 15 h dans nos agendas."),
    ("pushy", "fr", "Sans retour de votre part d'ici vendredi, je considère que c'est validé."),
    ("pushy", "fr", "Merci de me renvoyer le bon de commande signé avant vendredi."),
    ("pushy", "es", "Mañana a primera hora te doy un toque."),
    ("pushy", "es", "Te he reservado media hora el martes a las 16:00."),
    ("pushy", "es", "Si no me dices lo contrario, doy por hecho que seguimos adelante."),
    ("pushy", "es", "Necesito tu respuesta antes del viernes."),
    ("pushy", "nl", "Morgenochtend bel ik je even om het door te nemen."),
    ("pushy", "nl", "Ik heb dinsdag 14.00 uur alvast in je agenda gezet."),
    ("pushy", "nl", "Als ik niets van je hoor, ga ik ervan uit dat je akkoord bent."),
    ("pushy", "nl", "Ik heb je akkoord vóór het einde van de maand nodig."),
    # filler: courtesy with nothing in it
    ("filler", "de", "Ich hoffe, Sie hatten ein erholsames Wochenende."),
    ("filler", "de", "Erlauben Sie mir, mich kurz vorzustellen."),
    ("filler", "de", "Ich weiß, Ihr Postfach ist voll."),
    ("filler", "fr", "J'espère que vous avez passé un bon week-end."),
    ("filler", "fr", "Je sais que votre boîte mail déborde."),
    ("filler", "fr", "Je serai bref."),
    ("filler", "es", "Espero que hayas tenido un buen fin de semana."),
    ("filler", "es", "Sé que tu bandeja de entrada va a tope."),
    ("filler", "es", "Seré breve."),
    ("filler", "nl", "Hopelijk heb je een goede start van de week gehad."),
    ("filler", "nl", "Ik weet dat je inbox overloopt."),
    ("filler", "nl", "Ik zal het kort houden."),
    ("filler", "nl", "Graag stel ik mezelf even aan je voor."),
    # flattery: praise that fits anyone
    ("flattery", "de", "Was Sie bei {{ company }} aufgebaut haben, ist schlicht beeindruckend."),
    ("flattery", "de", "Sie sind ohne Zweifel eine der führenden Stimmen der Branche."),
    ("flattery", "de", "Ich bin ein großer Fan Ihrer Arbeit."),
    ("flattery", "fr", "J'admire vraiment ce que vous avez construit chez {{ company }}."),
    ("flattery", "fr", "Vous faites partie des dirigeants les plus inspirants du secteur."),
    ("flattery", "fr", "Je suis un grand fan de votre travail."),
    ("flattery", "es", "Me encanta lo que estáis construyendo en {{ company }}."),
    ("flattery", "es", "Eres sin duda uno de los referentes del sector."),
    ("flattery", "es", "Soy un gran fan de tu trabajo."),
    ("flattery", "nl", "Wat jullie bij {{ company }} hebben neergezet, is echt indrukwekkend."),
    ("flattery", "nl", "Jij bent echt een van de grote namen in de branche."),
    ("flattery", "nl", "Ik ben een groot fan van jullie werk."),
    # familiarity: claims a conversation that happened
    ("familiarity", "de", "Schön, dass wir letzte Woche kurz telefonieren konnten."),
    ("familiarity", "de", "Wie vereinbart schicke ich Ihnen hier die Zahlen."),
    ("familiarity", "de", "Ich knüpfe an unser Telefonat vom Dienstag an."),
    ("familiarity", "fr", "Ravi d'avoir pu échanger avec vous la semaine dernière."),
    ("familiarity", "fr", "Je reviens vers vous après notre échange de lundi."),
    ("familiarity", "fr", "Comme je vous le disais au téléphone, tout est prêt."),
    ("familiarity", "es", "Me alegró mucho hablar contigo el martes."),
    ("familiarity", "es", "Retomando lo que hablamos por teléfono, te paso la propuesta."),
    ("familiarity", "es", "Como te decía en la llamada, ya está todo listo."),
    ("familiarity", "nl", "Leuk dat we vorige week even konden bellen."),
    ("familiarity", "nl", "In vervolg op ons telefoongesprek stuur ik je de offerte."),
    ("familiarity", "nl", "Zoals ik je aan de telefoon al vertelde, staat alles klaar."),
    # pitch: offers of the sender's product, plan or discount; upgrade and switch pushes
    ("pitch", "de", "Gern richten wir Ihnen einen kostenlosen Testzugang ein."),
    ("pitch", "de", "Mit dem Upgrade auf unser Business-Paket erhalten Sie zusätzlich Auswertungen."),
    ("pitch", "de", "Der Wechsel zu uns dauert weniger als einen Tag."),
    ("pitch", "de", "Für Neukunden gibt es diesen Monat 20 % Rabatt."),
    ("pitch", "fr", "Nous pouvons vous ouvrir un accès d'essai dès aujourd'hui."),
    ("pitch", "fr", "En passant à notre offre Premium, vous débloquez les rapports avancés."),
    ("pitch", "fr", "Migrer chez nous ne prend qu'une journée."),
    ("pitch", "fr", "Nous offrons 20 % de remise aux nouveaux clients ce mois-ci."),
    ("pitch", "es", "Podemos activarte una cuenta de prueba hoy mismo."),
    ("pitch", "es", "Si te pasas a nuestro plan Pro, tendrás informes ilimitados."),
    ("pitch", "es", "Cambiarse a nosotros lleva menos de un día."),
    ("pitch", "es", "Este mes damos un 15 % de descuento a nuevos clientes."),
    ("pitch", "nl", "We zetten graag een gratis proefaccount voor je klaar."),
    ("pitch", "nl", "Met een upgrade naar ons Business-pakket krijg je ook rapportages."),
    ("pitch", "nl", "Stap over naar ons en bespaar direct op je licenties."),
    ("pitch", "nl", "Nieuwe klanten krijgen bij ons een flinke introductiekorting."),
    # pitch: customers' results, work taken off the reader's hands
    ("pitch", "de", "Unsere Kunden senken ihre Mahnquote im Schnitt um ein Drittel."),
    ("pitch", "de", "Wir übernehmen die komplette Einrichtung für Sie."),
    ("pitch", "fr", "Nos clients réduisent leurs impayés d'un tiers en moyenne."),
    ("pitch", "fr", "Nous nous occupons de tout, de la migration à la formation."),
    ("pitch", "es", "Nuestros clientes reducen los impagos a la mitad."),
    ("pitch", "es", "Nos encargamos de todo, desde la migración hasta la formación."),
    ("pitch", "nl", "Onze klanten verlagen hun wanbetalingen gemiddeld met een derde."),
    ("pitch", "nl", "Wij regelen de overstap, inclusief de training."),
    # pitch: what the product does for the reader
    ("pitch", "de", "Mit Zeitwerk sehen Sie auf einen Blick, welche Rechnungen offen sind."),
    ("pitch", "de", "Unsere App erinnert Ihre Patienten automatisch an den Termin."),
    ("pitch", "fr", "Avec Facturio, vous voyez en un coup d'œil les factures en retard."),
    ("pitch", "fr", "Notre application relance automatiquement vos clients."),
    ("pitch", "es", "Con Cobralia ves de un vistazo qué facturas están pendientes."),
    ("pitch", "es", "Nuestra aplicación recuerda a tus pacientes su cita."),
    ("pitch", "nl", "Met Factuurflow zie je in één oogopslag welke facturen openstaan."),
    ("pitch", "nl", "Onze app herinnert je patiënten automatisch aan hun afspraak."),
    # round 2: social proof, built for the reader's kind of company; thanks for a dated call;
    # a role model, following someone's work; costly mistakes
    ("pitch", "de", "Über 400 Kanzleien arbeiten bereits mit unserer Software."),
    ("pitch", "de", "Die Lösung ist speziell für Handwerksbetriebe entwickelt."),
    ("pitch", "fr", "Plus de 300 cabinets nous font confiance."),
    ("pitch", "fr", "Un outil conçu spécialement pour les cabinets dentaires."),
    ("pitch", "es", "Más de 300 despachos confían en nosotros."),
    ("pitch", "es", "Una herramienta diseñada específicamente para clínicas."),
    ("pitch", "nl", "Meer dan 300 kantoren werken al met ons platform."),
    ("pitch", "nl", "Een tool, speciaal ontwikkeld voor tandartspraktijken."),
    ("familiarity", "de", "Danke für das nette Telefonat gestern."),
    ("familiarity", "fr", "Merci pour notre échange de mardi."),
    ("familiarity", "es", "Gracias por la llamada del martes."),
    ("familiarity", "nl", "Bedankt voor het fijne gesprek van dinsdag."),
    ("flattery", "de", "Ich verfolge Ihre Arbeit schon lange."),
    ("flattery", "fr", "Je suis votre travail avec beaucoup d'intérêt."),
    ("flattery", "es", "Sigo tu trabajo desde hace tiempo."),
    ("flattery", "nl", "Ik volg jullie werk al een tijdje."),
    ("loss", "de", "Fehler bei der Lohnabrechnung können schnell teuer werden."),
    ("loss", "fr", "Une erreur de TVA peut vous coûter cher."),
    ("loss", "es", "Un error en el IVA puede salir muy caro."),
    ("loss", "nl", "Een fout in de btw kan flink duur uitpakken."),
    ("pitch", "de", "Wir vereinfachen die Abrechnung für Physiotherapiepraxen."),
    ("pitch", "fr", "Nous simplifions la facturation des cabinets de kinésithérapie."),
    ("pitch", "es", "Automatizamos los recordatorios de cita para fisioterapeutas."),
    ("pitch", "nl", "We automatiseren de facturatie voor fysiotherapiepraktijken."),
    # ask: closing asks, quotes, trials
    ("ask", "de", "Sollen wir direkt nächste Woche mit dem Onboarding loslegen?"),
    ("ask", "de", "Darf ich Ihnen ein Angebot zusenden?"),
    ("ask", "de", "Lust, das Tool zwei Wochen kostenlos zu testen?"),
    ("ask", "fr", "On lance le déploiement dès la semaine prochaine ?"),
    ("ask", "fr", "Puis-je vous envoyer un devis ?"),
    ("ask", "fr", "Envie de tester l'outil gratuitement pendant 14 jours ?"),
    ("ask", "es", "¿Te preparo un presupuesto sin compromiso?"),
    ("ask", "es", "¿Quieres probar la herramienta gratis durante 14 días?"),
    ("ask", "es", "¿Te animas a dar el salto a nuestro plan Pro?"),
    ("ask", "nl", "Zal ik een offerte voor jullie opstellen?"),
    ("ask", "nl", "Wil je de tool twee weken gratis uitproberen?"),
    ("ask", "nl", "Zullen we de implementatie volgende maand opstarten?"),
]

# (role, language, sentence): the same words used innocently; the role's cue must not be found
QUIET = [
    # hype words that describe something else, or the reader's work
    ("hype", "de", "Jede Anfrage erhält eine einzigartige Vorgangsnummer."),
    ("hype", "de", "Ihr Vortrag zum Lieferkettengesetz war wirklich innovativ."),
    ("hype", "de", "Sie kennen sicher die großen Marktführer im Onlinehandel."),
    ("hype", "de", "Die Spitzenwerte im Sommer lagen bei 40 Bestellungen pro Stunde."),
    ("hype", "fr", "Chaque demande reçoit un numéro unique."),
    ("hype", "fr", "Votre intervention sur la logistique était vraiment innovante."),
    ("hype", "fr", "La question la plus fréquente portait sur les délais."),
    ("hype", "es", "Cada pedido recibe un número único."),
    ("hype", "es", "Lo único que necesito es la fecha de la sesión."),
    ("hype", "es", "La pregunta más frecuente fue sobre los plazos."),
    ("hype", "nl", "Elke aanvraag krijgt een uniek dossiernummer."),
    ("hype", "nl", "Jullie presentatie over de supply chain was echt innovatief."),
    ("hype", "nl", "De meest gestelde vraag ging over de levertijden."),
    # the reader's own deadline; "dringend" about their problem; courtesy; no obligation
    ("pressure", "de", "Ihre Frist für die Umsatzsteuervoranmeldung endet am Freitag."),
    ("pressure", "de", "Falls es dringend ist, erreichen Sie mich unter 030 1234567."),
    ("pressure", "de", "Zögern Sie nicht, sich bei Fragen zu melden."),
    ("pressure", "de", "Die Anmeldung ist kostenlos und unverbindlich."),
    ("pressure", "fr", "Votre déclaration de TVA doit être déposée avant le 15."),
    ("pressure", "fr", "N'hésitez pas à me contacter si vous avez des questions."),
    ("pressure", "fr", "Si c'est urgent, appelez-moi directement."),
    ("pressure", "fr", "L'essai est gratuit et sans engagement."),
    ("pressure", "es", "Tu plazo para presentar el modelo 303 termina el día 20."),
    ("pressure", "es", "No dudes en escribirme si tienes cualquier duda."),
    ("pressure", "es", "Si es urgente, llámame al móvil."),
    ("pressure", "es", "La prueba es gratuita y sin compromiso."),
    ("pressure", "nl", "Je aangifte moet uiterlijk vrijdag binnen zijn bij de Belastingdienst."),
    ("pressure", "nl", "Aarzel niet om contact op te nemen als je vragen hebt."),
    ("pressure", "nl", "Als het dringend is, bel me dan gerust."),
    ("pressure", "nl", "Het proefaccount is gratis en vrijblijvend."),
    # losses that are the sender's own, or a hurdle the reader is spared
    ("loss", "de", "Ohne Anmeldung können Sie die Aufzeichnung direkt ansehen."),
    ("loss", "de", "Wir haben im letzten Jahr zwei große Kunden verloren und daraus gelernt."),
    ("loss", "de", "Ihr Team hat im Webinar gefragt, wie man Kündigungen verhindert."),
    ("loss", "fr", "Sans inscription, vous pouvez regarder le replay."),
    ("loss", "fr", "Nous nous sommes permis de reprendre vos questions dans le compte rendu."),
    ("loss", "fr", "Vous n'avez rien manqué : le replay est en ligne."),
    ("loss", "es", "Sin registrarte puedes ver la grabación."),
    ("loss", "es", "Nos permitimos resumir tus preguntas en el acta."),
    ("loss", "es", "No te has perdido nada: la grabación ya está disponible."),
    ("loss", "nl", "Zonder aanmelden kun je de opname bekijken."),
    ("loss", "nl", "Je hebt niets gemist: de opname staat online."),
    ("loss", "nl", "Wij zijn vorig jaar twee grote klanten kwijtgeraakt en hebben daarvan geleerd."),
    # the sender delivering by a date; the reader choosing the time
    ("pushy", "de", "Ich schicke Ihnen die Folien bis Freitag."),
    ("pushy", "de", "Melden Sie sich gern, wann immer es Ihnen passt."),
    ("pushy", "de", "Rufen Sie mich gern an, wenn Sie Fragen haben."),
    ("pushy", "de", "Geben Sie mir einfach Bescheid, ob das Thema für Sie relevant ist."),
    ("pushy", "fr", "Je vous envoie le compte rendu vendredi."),
    ("pushy", "fr", "Appelez-moi quand cela vous arrange."),
    ("pushy", "fr", "Dites-moi simplement si le sujet vous parle."),
    ("pushy", "fr", "Je bloque toujours mes vendredis pour la formation interne."),
    ("pushy", "es", "Te envío el resumen el viernes."),
    ("pushy", "es", "Llámame cuando te venga bien."),
    ("pushy", "es", "Dime si el tema te interesa, sin ningún compromiso."),
    ("pushy", "es", "Necesito tu dirección para enviarte el libro que pediste."),
    ("pushy", "nl", "Ik stuur je vrijdag de samenvatting."),
    ("pushy", "nl", "Bel me gerust wanneer het jou uitkomt."),
    ("pushy", "nl", "Laat maar weten of het onderwerp voor jullie speelt."),
    ("pushy", "nl", "Ik heb je adres nodig om het boek op te sturen."),
    # a hope or a "brief" tied to a fact
    ("filler", "de", "Ich hoffe, die Messe in Hannover hat sich für Ihr Team gelohnt."),
    ("filler", "de", "Ich weiß, dass Sie die Umstellung auf SAP gerade abschließen."),
    ("filler", "de", "Ich stelle Ihnen die Ergebnisse gern in zehn Minuten vor."),
    ("filler", "fr", "J'espère que le salon de Lyon a été utile pour votre équipe."),
    ("filler", "fr", "Je sais que votre équipe migre vers Salesforce ce trimestre."),
    ("filler", "fr", "Je serai à Lyon jeudi pour le salon."),
    ("filler", "es", "Espero que la feria de Bilbao os haya traído buenos contactos."),
    ("filler", "es", "Sé que tu equipo está migrando a HubSpot este trimestre."),
    ("filler", "es", "Seré yo quien presente la sesión del jueves."),
    ("filler", "nl", "Hopelijk heeft de beurs in Utrecht jullie goede leads opgeleverd."),
    ("filler", "nl", "Ik weet dat jullie dit kwartaal overstappen op Exact."),
    ("filler", "nl", "Ik houd je op de hoogte van de planning."),
    ("filler", "nl", "Ik stel voor dat we de cijfers van maart erbij pakken."),
    # a specific remark, not praise; "leading" about others
    ("flattery", "de", "Ihr Beitrag über Retourenquoten hat mir eine Zahl gezeigt, die ich nicht kannte: 18 %."),
    ("flattery", "de", "Was Sie im Webinar gefragt haben, beantworte ich hier ausführlich."),
    ("flattery", "de", "Die führenden Anbieter im Markt haben ähnliche Preise."),
    ("flattery", "fr", "J'ai lu votre article sur les délais de paiement, en particulier le chiffre de 52 jours."),
    ("flattery", "fr", "Ce que vous avez demandé pendant l'atelier est dans la pièce jointe."),
    ("flattery", "fr", "Les plus grands distributeurs ont le même problème."),
    ("flattery", "es", "Leí tu artículo sobre plazos de cobro y me quedé con el dato de 61 días."),
    ("flattery", "es", "Lo que preguntaste en el taller lo tienes resuelto abajo."),
    ("flattery", "es", "Uno de los puntos del informe trata de costes logísticos."),
    ("flattery", "nl", "Ik las je artikel over betaaltermijnen; vooral het cijfer van 48 dagen viel me op."),
    ("flattery", "nl", "Wat je in de workshop vroeg, heb ik hieronder uitgewerkt."),
    ("flattery", "nl", "Een van de grote vragen in de sector is de energieprijs."),
    # an announcement, a registration or a conversation as a topic
    ("familiarity", "de", "Wie in der Einladung angekündigt, beginnt die Session um 10 Uhr."),
    ("familiarity", "de", "Gesprächsführung im Vertrieb ist das Thema unseres nächsten Webinars."),
    ("familiarity", "de", "Schön, dass Sie sich für das Webinar angemeldet haben."),
    ("familiarity", "fr", "Comme indiqué dans l'invitation, l'atelier commence à 10 h."),
    ("familiarity", "fr", "Après notre webinaire, le replay sera en ligne."),
    ("familiarity", "fr", "Comme je le disais dans ma présentation, les chiffres ont changé."),
    ("familiarity", "es", "Como se indica en la invitación, la sesión empieza a las 10."),
    ("familiarity", "es", "Tras nuestro webinar, la grabación estará disponible."),
    ("familiarity", "es", "Me alegró ver tantas preguntas en el chat del webinar."),
    ("familiarity", "nl", "Zoals vermeld in de uitnodiging, begint de sessie om 10.00 uur."),
    ("familiarity", "nl", "Na ons webinar zetten we de opname online."),
    ("familiarity", "nl", "Leuk dat je je hebt aangemeld voor de sessie."),
    # a discount as a topic, the reader's own switch, slides offered
    ("pitch", "de", "Im Webinar ging es um Rabattstrategien im Einzelhandel."),
    ("pitch", "de", "Ihr Wechsel zu SAP steht ja bald an."),
    ("pitch", "de", "Unsere Referentin stellt Ihnen die Folien gern zur Verfügung."),
    ("pitch", "de", "Wie hoch ist der übliche Rabatt in Ihrer Branche?"),
    ("pitch", "fr", "L'atelier portait sur les stratégies de remise en magasin."),
    ("pitch", "fr", "Votre passage à Sage est prévu pour janvier, je crois."),
    ("pitch", "fr", "Nous pouvons vous envoyer les diapositives si besoin."),
    ("pitch", "fr", "Quel taux de remise pratiquez-vous en général ?"),
    ("pitch", "es", "El taller trató sobre estrategias de descuento en tiendas."),
    ("pitch", "es", "Vuestro cambio a Holded está previsto para enero."),
    ("pitch", "es", "Podemos enviarte las diapositivas si las necesitas."),
    ("pitch", "es", "¿Qué descuento suele aplicar tu tienda en rebajas?"),
    ("pitch", "nl", "De workshop ging over kortingsstrategieën in winkels."),
    ("pitch", "nl", "Jullie overstap naar Exact staat voor januari gepland."),
    ("pitch", "nl", "We sturen je de slides graag toe."),
    ("pitch", "nl", "Welke korting geven jullie gewoonlijk in de uitverkoop?"),
    # customers asking, the sender handling a request, event logistics
    ("pitch", "de", "Unsere Kunden haben im Webinar dieselbe Frage gestellt."),
    ("pitch", "de", "Wir kümmern uns noch heute um Ihre Anfrage."),
    ("pitch", "fr", "Nos clients nous ont posé la même question pendant l'atelier."),
    ("pitch", "fr", "Chez nous, la session commence à 10 h."),
    ("pitch", "es", "Nuestros clientes nos hicieron la misma pregunta en el taller."),
    ("pitch", "es", "Nos encargamos de enviarte la grabación mañana."),
    ("pitch", "nl", "Onze klanten stelden dezelfde vraag in de workshop."),
    ("pitch", "nl", "Bij ons kun je gratis parkeren tijdens de sessie."),
    # "with" and "our" about people and pleasure, not a product
    ("pitch", "de", "Mit Blick auf Ihre Frage sehen Sie unten die Zahlen."),
    ("pitch", "de", "Unsere Referentin zeigt Ihnen im Video, wie es geht."),
    ("pitch", "fr", "Avec plaisir, vous trouverez les diapositives ci-dessous."),
    ("pitch", "fr", "Notre équipe vous envoie le replay demain."),
    ("pitch", "es", "Con gusto te envío las diapositivas."),
    ("pitch", "es", "Nuestra ponente muestra en el vídeo cómo se hace."),
    ("pitch", "nl", "Met plezier stuur ik je de slides."),
    ("pitch", "nl", "Onze spreker laat in de video zien hoe het werkt."),
    # round 2: counts of attendees, plain "we make", a talk in the webinar, "je suis" = I am,
    # at the expense of something else
    ("pitch", "de", "Über 400 Teilnehmer haben sich angemeldet."),
    ("pitch", "de", "Wir machen einfach einen neuen Termin aus, wenn es nicht passt."),
    ("pitch", "fr", "Plus de 300 participants étaient présents."),
    ("pitch", "fr", "Ce guide est pensé pour vous aider."),
    ("pitch", "es", "Más de 300 personas vinieron al taller."),
    ("pitch", "es", "Una guía pensada para ayudarte."),
    ("pitch", "nl", "Meer dan 300 deelnemers waren erbij."),
    ("pitch", "nl", "We maken er een kort verslag van."),
    ("familiarity", "de", "Danke für das Gespräch im Webinar-Chat."),
    ("familiarity", "fr", "Merci pour cet échange riche pendant le webinaire."),
    ("familiarity", "es", "Gracias por la charla tan útil en el webinar."),
    ("familiarity", "nl", "Bedankt voor het gesprek tijdens de workshop."),
    ("flattery", "de", "Ich verfolge das Thema E-Rechnung für unsere Kunden."),
    ("flattery", "fr", "Je suis à Lyon jusqu'à jeudi."),
    ("flattery", "es", "Sigo con la agenda del taller abajo."),
    ("flattery", "nl", "Ik volg de planning van de workshop."),
    ("loss", "de", "Die Reisekosten gehen zu Lasten des Veranstalters."),
    ("loss", "fr", "Personne ne veut d'économies au détriment de la qualité."),
    ("loss", "es", "Nadie quiere ahorrar a costa de la calidad."),
    ("loss", "nl", "Niemand wil besparen ten koste van de kwaliteit."),
    ("pitch", "de", "Um es zu vereinfachen, hier die Zusammenfassung."),
    ("pitch", "fr", "Pour simplifier, voici le résumé."),
    ("pitch", "es", "Para simplificar, aquí tienes el resumen."),
    ("pitch", "nl", "Om het eenvoudig te houden, hier de samenvatting."),
    # a resource offered, a free event, a topic
    ("ask", "de", "Darf ich Ihnen die Aufzeichnung schicken?"),
    ("ask", "de", "Die Anmeldung zum Webinar ist unverbindlich."),
    ("ask", "de", "Sollen wir das Thema beim nächsten Stammtisch vertiefen?"),
    ("ask", "fr", "Puis-je vous envoyer le replay ?"),
    ("ask", "fr", "L'inscription est gratuite et sans engagement."),
    ("ask", "fr", "On lance le replay à 18 h."),
    ("ask", "es", "¿Te envío la grabación?"),
    ("ask", "es", "Como quedamos, le envío la propuesta para su equipo."),
    ("ask", "de", "Wie besprochen sende ich Ihnen anbei das Angebot."),
    ("ask", "nl", "Zoals afgesproken stuur ik je hierbij de offerte."),
    ("ask", "es", "La inscripción es gratuita y sin compromiso."),
    ("ask", "es", "La herramienta gratuita de la que hablé está en el enlace."),
    ("ask", "nl", "Zal ik de opname naar je doorsturen?"),
    ("ask", "nl", "Het webinar is gratis en vrijblijvend."),
    ("ask", "nl", "Zullen we de vragen uit de sessie in de nieuwsbrief opnemen?"),
]


def cue_roles(text: str, lang: str) -> frozenset[str]:
    return assign_roles(text, lang, model=None).roles


@pytest.mark.parametrize(("role", "lang", "sentence"), FIRES, ids=[f"{r}-{l}-{s[:28]}" for r, l, s in FIRES])
def test_cue_finds_the_role(role: str, lang: str, sentence: str) -> None:
    assert role in cue_roles(sentence, lang), (role, lang, sentence)


@pytest.mark.parametrize(("role", "lang", "sentence"), QUIET, ids=[f"{r}-{l}-{s[:28]}" for r, l, s in QUIET])
def test_same_words_used_innocently_do_not_get_the_role(role: str, lang: str, sentence: str) -> None:
    assert role not in cue_roles(sentence, lang), (role, lang, sentence)


def test_sentence_tables_are_balanced_per_role_and_language() -> None:
    for role in {r for r, _, _ in FIRES}:
        for lang in ("de", "fr", "es", "nl"):
            fire = sum(1 for r, l, _ in FIRES if (r, l) == (role, lang))
            quiet = sum(1 for r, l, _ in QUIET if (r, l) == (role, lang))
            assert fire >= 2 and quiet >= fire, (role, lang, fire, quiet)


# ----------------------------------------------------------------------------- compounds

COMPOUND_CASES = [
    # (cue, language, sentence, matches)
    ("*rabatt endet", "de", "Der Frühbucherrabatt endet morgen.", True),
    ("*rabatt endet", "de", "Die Frühbucherrabatte enden morgen.", True),
    ("*rabatt endet", "de", "Der Rabatt endet morgen.", True),
    ("*rabatt endet", "de", "Die Rabattstrategie endet nie.", False),
    ("*korting", "nl", "Nieuwe klanten krijgen een introductiekorting.", True),
    ("*korting", "nl", "Het ging over kortingsacties.", False),
    ("bahnbrechend*", "de", "Eine bahnbrechende Lösung.", True),
    ("bahnbrechend*", "de", "Die Bahn bricht Rekorde.", False),
]


@pytest.mark.parametrize(("cue", "lang", "sentence", "matches"), COMPOUND_CASES)
def test_compound_slots(cue: str, lang: str, sentence: str, matches: bool) -> None:
    from followup_lint.content.cues import CueSet, parse_cue
    from followup_lint.content.tokens import tokenize

    cues = CueSet(lang)
    cues.add(parse_cue(cue, lang, "pressure"))
    assert bool(cues.find(tokenize(sentence, lang), sentence)) is matches


@pytest.mark.parametrize("bad", ["*", "*rabatt*", "ra*batt", "[*|x]"])
def test_a_malformed_compound_slot_is_reported(bad: str) -> None:
    from followup_lint.content.cues import CueError, parse_cue

    with pytest.raises(CueError):
        parse_cue(bad, "de", "pressure")


# ----------------------------------------------------------------------------- whole emails

GREETING = {"de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},", "es": "Hola {{ first_name }}:",
            "nl": "Hoi {{ first_name }},"}
SIGNOFF = {"de": "Viele Grüße\nLena Große-Wöstmann", "fr": "Bien à vous,\nAmélie Le Gall",
           "es": "Un saludo,\nNerea Garaikoetxea", "nl": "Groet,\nSanne van der Heijden"}


def email(lang: str, body: str, ps: str = "") -> str:
    tail = f"\n\nP.S. {ps}" if ps else ""
    return f"---\nlocale: {lang}\n---\n{GREETING[lang]}\n\n{body}\n\n{SIGNOFF[lang]}{tail}\n"


HYPE_FIRES = [
    email("de", "Unsere bahnbrechende Plattform ist die fortschrittlichste Lösung am Markt und ein echter "
                "Gamechanger für Ihre Disposition. Hätten Sie nächste Woche Zeit?"),
    email("fr", "Notre plateforme révolutionnaire est la solution la plus avancée du marché, une vraie "
                "technologie de rupture. Auriez-vous 20 minutes ?"),
    email("es", "Nuestra plataforma disruptiva es la solución más avanzada del mercado y da resultados "
                "espectaculares. ¿Tienes 20 minutos?"),
    email("nl", "Ons baanbrekende platform is de meest geavanceerde oplossing op de markt en een echte "
                "gamechanger voor je planning. Heb je volgende week tijd?"),
]
HYPE_QUIET = [
    email("de", "Jede Anfrage erhält bei uns eine einzigartige Vorgangsnummer, und die Spitzenwerte lagen im "
                "Sommer bei 40 Bestellungen pro Stunde. Die Auswertung liegt bei."),
    email("fr", "Chaque demande reçoit un numéro unique ; la question la plus fréquente portait sur les délais. "
                "Le compte rendu est en pièce jointe."),
    email("es", "Cada pedido recibe un número único y lo único que falta es la fecha. La pregunta más frecuente "
                "fue sobre los plazos."),
    email("nl", "Elke aanvraag krijgt een uniek dossiernummer; de meest gestelde vraag ging over de levertijden. "
                "De samenvatting zit in de bijlage."),
]
PS_FIRES = [
    email("de", "Anbei die Folien aus dem Webinar.", "Der Frühbucherrabatt endet am Freitag."),
    email("fr", "Voici les diapositives de l'atelier.", "Nos tarifs augmentent au 1er janvier."),
    email("es", "Aquí tienes las diapositivas del taller.", "Quedan muy pocas plazas para marzo."),
    email("nl", "Hierbij de slides van de workshop.", "De introductiekorting loopt vrijdag af."),
]
PS_QUIET = [
    email("de", "Anbei die Folien aus dem Webinar.", "Falls es dringend ist, erreichen Sie mich unter 030 1234567."),
    email("fr", "Voici les diapositives de l'atelier.", "N'hésitez pas à me contacter si vous avez des questions."),
    email("es", "Aquí tienes las diapositivas del taller.", "Tu plazo para el modelo 303 termina el día 20, por si acaso."),
    email("nl", "Hierbij de slides van de workshop.", "Het proefaccount blijft gratis en vrijblijvend."),
]
FAMILIAR_FIRES = [
    email("de", "Schön, dass wir letzte Woche kurz telefonieren konnten. Anbei die Zahlen."),
    email("fr", "Ravi d'avoir pu échanger avec vous la semaine dernière. Voici les chiffres."),
    email("es", "Retomando lo que hablamos por teléfono, te paso las cifras."),
    email("nl", "Leuk dat we vorige week even konden bellen. Hierbij de cijfers."),
]
FAMILIAR_QUIET = [
    email("de", "Wie in der Einladung angekündigt, beginnt die Session um 10 Uhr. Anbei die Agenda."),
    email("fr", "Comme indiqué dans l'invitation, l'atelier commence à 10 h. Voici l'ordre du jour."),
    email("es", "Como se indica en la invitación, la sesión empieza a las 10. Aquí tienes la agenda."),
    email("nl", "Zoals vermeld in de uitnodiging, begint de sessie om 10.00 uur. Hierbij de agenda."),
]

TABLES = {
    "hype density (FL210)": (HYPE_FIRES, HYPE_QUIET, ("FL210",)),
    "pressure in the P.S. (FL209)": (PS_FIRES, PS_QUIET, ("FL209",)),
    "fake familiarity in a first touch (FL212)": (FAMILIAR_FIRES, FAMILIAR_QUIET, ("FL212",)),
}


@pytest.mark.parametrize("template", HYPE_FIRES)
def test_hype_density_fires_in_every_language(template: str) -> None:
    assert [d.code for d in run_rules("FL210", template)] == ["FL210"]


@pytest.mark.parametrize("template", HYPE_QUIET)
def test_hype_words_used_plainly_are_not_counted(template: str) -> None:
    assert run_rules("FL210", template) == []


@pytest.mark.parametrize("template", PS_FIRES)
def test_pressure_in_the_ps_fires_in_every_language(template: str) -> None:
    assert [d.code for d in run_rules("FL209", template)] == ["FL209"]


@pytest.mark.parametrize("template", PS_QUIET)
def test_a_plain_ps_is_not_pressure(template: str) -> None:
    assert run_rules("FL209", template) == []


@pytest.mark.parametrize("template", FAMILIAR_FIRES)
def test_claimed_call_in_a_first_touch_fires(template: str) -> None:
    assert [d.code for d in run_rules("FL212", template)] == ["FL212"]


@pytest.mark.parametrize("template", FAMILIAR_QUIET)
def test_an_announcement_is_not_familiarity(template: str) -> None:
    assert run_rules("FL212", template) == []


def test_email_tables_are_balanced_and_cover_the_languages() -> None:
    assert_tables_balanced(TABLES)
    assert_tables_cover_languages(TABLES, {"de", "fr", "es", "nl"})


if __name__ == "__main__":
    fired = sum(role in cue_roles(s, lang) for role, lang, s in FIRES)
    alarms = sum(role in cue_roles(s, lang) for role, lang, s in QUIET)
    print(f"sentences: {fired}/{len(FIRES)} fire, {alarms}/{len(QUIET)} false alarms")
    print_table_scores(TABLES)
