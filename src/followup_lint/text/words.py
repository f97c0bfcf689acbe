"""Default greeting, sign-off and call-to-action words (en, de, fr, es, nl, it, pt) and the
segment names. The rule packs keep their own lists per locale; these are the fallbacks."""

from __future__ import annotations

__all__ = ["DEFAULT_CTA_PHRASES", "DEFAULT_GREETINGS", "DEFAULT_SIGNOFFS", "SCOPES"]

#: Names of the segments, usable as rule scopes.
SCOPES = ("greeting", "opener", "body", "call_to_action", "signoff", "signature", "ps")

DEFAULT_GREETINGS: tuple[str, ...] = (
    # English
    "hi", "hello", "hey", "hiya", "howdy", "dear", "greetings", "good morning",
    "good afternoon", "good evening", "good day", "morning", "afternoon", "evening",
    "hi there", "hello there", "hey there", "welcome",
    # German
    "hallo", "liebe", "lieber", "liebes", "sehr geehrte", "sehr geehrter", "guten tag",
    "guten morgen", "guten abend", "servus", "moin", "grüß gott", "grüezi", "grüss gott",
    # French
    "bonjour", "bonsoir", "salut", "cher", "chère", "chers", "chères", "madame", "monsieur",
    "coucou",
    # Spanish
    "hola", "estimado", "estimada", "estimados", "estimadas", "querido", "querida",
    "buenos días", "buenas tardes", "buenas noches", "buenas",
    # Dutch
    "beste", "hoi", "geachte", "goedemorgen", "goedemiddag", "goedenavond", "dag", "lieve",
    # Italian, Portuguese, Nordic
    "ciao", "buongiorno", "buonasera", "gentile", "gentili", "caro", "cara", "salve",
    "olá", "oi", "prezado", "prezada", "bom dia", "boa tarde", "hej", "hei", "moi",
)

DEFAULT_SIGNOFFS: tuple[str, ...] = (
    # English
    "best", "best regards", "best wishes", "all the best", "all best", "regards",
    "kind regards", "kindest regards", "warm regards", "warmest regards", "warmly",
    "warm wishes", "thanks", "thank you", "thanks again", "thank you again", "thanks so much",
    "thank you so much", "many thanks", "thanks a lot", "thanks in advance", "with thanks",
    "with gratitude", "cheers", "sincerely", "yours sincerely", "sincerely yours",
    "yours faithfully", "yours", "yours truly", "respectfully", "talk soon", "speak soon",
    "chat soon", "take care", "see you soon", "see you there", "until next time",
    "have a great day", "have a great week", "have a great weekend", "have a good one",
    "thx", "rgds", "br",
    # German
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße",
    "freundliche grüsse", "viele grüße", "viele grüsse", "beste grüße", "beste grüsse",
    "liebe grüße", "liebe grüsse", "herzliche grüße", "herzliche grüsse", "schöne grüße",
    "schöne grüsse", "mit besten grüßen", "mit besten grüssen", "grüße", "grüsse", "gruß",
    "gruss", "lg", "vg", "mfg", "danke", "vielen dank", "bis bald",
    # French
    "cordialement", "bien cordialement", "très cordialement", "bien à vous", "salutations",
    "sincères salutations", "meilleures salutations", "amicalement", "bonne journée",
    "belle journée", "bonne soirée", "merci", "merci beaucoup", "à bientôt", "bises",
    # Spanish
    "saludos", "un saludo", "saludos cordiales", "un cordial saludo", "atentamente",
    "un abrazo", "abrazos", "gracias", "muchas gracias", "hasta pronto", "cordialmente",
    # Dutch
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet",
    "vriendelijke groeten", "met hartelijke groet", "hartelijke groet", "hartelijke groeten",
    "groeten", "groetjes", "groet", "mvg", "bedankt", "dank je wel", "dank u wel", "tot snel",
    # Italian, Portuguese
    "cordiali saluti", "distinti saluti", "saluti", "un saluto", "grazie", "a presto",
    "atenciosamente", "abraços", "obrigado", "obrigada", "cumprimentos",
)

DEFAULT_CTA_PHRASES: tuple[str, ...] = (
    # English
    "let me know", "let us know", "reply", "respond", "get back to me", "write back",
    "book a", "book time", "book your", "book here", "schedule a", "schedule time",
    "schedule your", "grab a time", "grab a slot", "pick a time", "find a time",
    "set up a call", "set up a time", "hop on a call", "jump on a call", "my calendar",
    "calendly", "click", "sign up", "register", "download", "watch the recording",
    "check out", "join us", "join me", "are you free", "are you available", "are you open",
    "would you be open", "would you be interested", "interested in", "feel free",
    "happy to", "let's", "shall we", "reach out", "drop me a line", "ping me", "email me",
    "give me a call", "call me", "sign-up", "rsvp", "save your seat", "reserve your",
    # German
    "lassen sie mich wissen", "lass mich wissen", "geben sie mir bescheid", "gib mir bescheid",
    "melden sie sich", "meld dich", "antworten sie", "antworte", "termin", "buchen sie",
    "vereinbaren", "klicken sie", "anmelden", "melden sie sich an",
    # French
    "n'hésitez pas", "faites-moi savoir", "dites-moi", "répondez", "réservez",
    "prendre rendez-vous", "cliquez", "inscrivez-vous", "tenez-moi au courant",
    # Spanish
    "avísame", "házmelo saber", "déjame saber", "responde", "reserva", "agenda",
    "haz clic", "regístrate", "no dudes", "escríbeme",
    # Dutch
    "laat me weten", "laat het me weten", "laat het weten", "reageer", "plan een",
    "boek een", "klik", "meld je aan", "aarzel niet", "neem contact op",
)
