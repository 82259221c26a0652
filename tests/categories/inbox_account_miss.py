"""Inbox promises, account rows and "don't miss" calls (round 20), in all nine languages.

``CHROME`` holds, per language and category, lines written after the round
(not by the helpers who wrote its rules, nor taken from a held-out set): the
site's promise to e-mail the reader, in either word order, ending with
"free", "no spam" or a sign-up call; a row of account links ("My profile ·
Notifications · Reading list · Log out"); and a "don't miss …" call followed
by a sign-up verb.  ``TRAPS`` holds content with the same words: a family or
an office sending something every morning, a report of a profile deleted, a
warning not to miss a train, and one account word alone as a heading.
"""

from __future__ import annotations

CHROME: dict[str, dict[str, list[str]]] = {
    "en": {
        "inbox-promise": [
            "We email you once a week – completely free.",
            "Every morning we'll email you the five stories you need. It's free!",
        ],
        "account-row": [
            "My account · My preferences · Sign out",
            "My profile | Notifications | Reading list | Log out",
        ],
        "dont-miss-call": [
            "Don't miss a thing: subscribe to our newsletter",
            "Don't miss out – sign up today",
        ],
    },
    "de": {
        "inbox-promise": [
            "Jeden Morgen schicken wir Ihnen die fünf wichtigsten Nachrichten – kostenlos.",
            "Wir senden dir jeden Sonntag unsere Lesetipps. Jederzeit abbestellbar.",
        ],
        "account-row": [
            "Mein Bereich · Meine Einstellungen · Abmelden",
            "Mein Profil | Benachrichtigungen | Merkliste | Abmelden",
        ],
        "dont-miss-call": [
            "Verpassen Sie kein Rezept mehr: Jetzt anmelden",
            "Nichts mehr verpassen: Jetzt kostenlos für den Newsletter anmelden!",
        ],
    },
    "fr": {
        "inbox-promise": [
            "Une fois par semaine, nous vous écrivons – c'est gratuit.",
            "Chaque matin, nous vous envoyons l'essentiel de l'actu – gratuitement.",
        ],
        "account-row": [
            "Mon espace · Mes préférences · Se déconnecter",
            "Mon profil · Mes alertes · Mes articles sauvegardés · Déconnexion",
        ],
        "dont-miss-call": [
            "Ne ratez plus aucun épisode : abonnez-vous à notre lettre.",
            "Ne manquez aucune recette : inscrivez-vous et nous vous les envoyons",
        ],
    },
    "es": {
        "inbox-promise": [
            "Te enviamos las mejores recetas cada viernes, gratis.",
            "Cada mañana te enviamos las noticias más importantes. ¡Es gratis!",
        ],
        "account-row": [
            "Mi espacio · Mis preferencias · Cerrar sesión",
            "Mi perfil · Mis alertas · Guardados · Salir",
        ],
        "dont-miss-call": [
            "No te pierdas ningún episodio: suscríbete gratis.",
            "No te pierdas ninguna receta: suscríbete y te las enviamos",
        ],
    },
    "it": {
        "inbox-promise": [
            "Ti mandiamo le migliori ricette ogni venerdì – gratis.",
            "Ogni mattina ti inviamo le notizie più importanti, gratis.",
        ],
        "account-row": [
            "Il mio spazio · Le mie preferenze · Esci",
            "Il mio profilo | Le mie notifiche | Articoli salvati | Esci",
        ],
        "dont-miss-call": [
            "Non perderti nemmeno una ricetta: registrati e te le mandiamo noi ✉️",
            "Non perdere neanche un episodio: iscriviti gratis.",
        ],
    },
    "pt": {
        "inbox-promise": [
            "Enviamos-lhe as melhores receitas todas as sextas – grátis.",
            "Todas as manhãs enviamos-lhe as notícias mais importantes – é grátis.",
        ],
        "account-row": [
            "O meu perfil · Notificações · Artigos guardados · Sair",
            "O meu espaço · Minhas preferências · Terminar sessão",
        ],
        "dont-miss-call": [
            "Não perca nenhum episódio: subscreva grátis.",
            "Não perca nenhuma receita: inscreva-se e enviamos-lhas",
        ],
    },
    "nl": {
        "inbox-promise": [
            "We mailen je één keer per week – helemaal gratis.",
            "Elke ochtend mailen we je het belangrijkste nieuws – gratis.",
        ],
        "account-row": [
            "Mijn profiel · Meldingen · Leeslijst · Uitloggen",
            "Mijn omgeving | Mijn voorkeuren | Uitloggen",
        ],
        "dont-miss-call": [
            "Mis geen enkele aflevering meer: abonneer je gratis.",
            "Mis nooit meer een recept! Schrijf je in voor onze nieuwsbrief.",
        ],
    },
    "sv": {
        "inbox-promise": [
            "Vi mejlar dig en gång i veckan – helt gratis.",
            "Varje morgon mejlar vi dig dagens viktigaste nyheter – gratis.",
        ],
        "account-row": [
            "Min profil · Notiser · Sparade artiklar · Logga ut",
            "Mitt konto | Mina prenumerationer | Logga ut",
        ],
        "dont-miss-call": [
            "Missa inget avsnitt – prenumerera gratis.",
            "Gå aldrig miste om ett recept: anmäl dig till vårt nyhetsbrev!",
        ],
    },
    "fi": {
        "inbox-promise": [
            "Lähetämme sinulle parhaat reseptit joka perjantai – maksutta.",
            "Joka aamu lähetämme sinulle päivän tärkeimmät uutiset – ilmaiseksi.",
        ],
        "account-row": [
            "Oma profiili · Ilmoitukset · Tallennetut · Kirjaudu ulos",
            "Omat tiedot | Lukulista | Kirjaudu ulos",
        ],
        "dont-miss-call": [
            "Älä missaa yhtään jaksoa – tilaa maksutta.",
            "Älä jää paitsi: tilaa uutiskirjeemme!",
        ],
    },
}

TRAPS: dict[str, dict[str, list[str]]] = {
    "en": {
        "inbox-promise": [
            "Every morning we send the children to school by bus, she said.",
            "We'll send you the results by post, the clinic told patients, free of charge.",
        ],
        "account-row": ["Preferences", "Notifications"],
        "dont-miss-call": [
            "Never miss a dose: set a reminder on your phone, doctors advise.",
            "Don't miss out: sign up for the vaccine before the deadline, health officials urged.",
        ],
    },
    "de": {
        "inbox-promise": [
            "Jeden Morgen schicken wir die Kinder mit dem Bus zur Schule.",
            "Wir senden Ihnen die Unterlagen zu, sagte die Behörde.",
        ],
        "account-row": ["Mein Bereich", "Mein Profil bei der Krankenkasse wurde gelöscht."],
        "dont-miss-call": [
            "Verpassen Sie nicht den letzten Zug, warnt die Bahn.",
            "Verpassen Sie keine Frist: Melden Sie sich rechtzeitig beim Amt, rät der Anwalt.",
        ],
    },
    "fr": {
        "inbox-promise": [
            "Chaque matin, nous envoyons les enfants à l'école en bus.",
            "Recevez les alertes de la préfecture en cas de crue.",
        ],
        "account-row": ["Mes préférences", "Mon profil a été piraté la semaine dernière, raconte-t-elle."],
        "dont-miss-call": [
            "Ne ratez pas le dernier train, prévient la SNCF.",
            "Ne manquez aucune étape du Tour : le parcours passe par Lyon.",
        ],
    },
    "es": {
        "inbox-promise": [
            "Cada mañana enviamos a los niños al colegio en autobús.",
            "Le enviamos la factura cada mes, gratis, y eso es ilegal, según la OCU.",
        ],
        "account-row": ["Mis preferencias", "Mis preferencias musicales cambiaron con los años."],
        "dont-miss-call": [
            "No te pierdas el eclipse: empieza a las nueve.",
            "No te pierdas los fuegos artificiales: empiezan a las 22 h en el puerto.",
        ],
    },
    "it": {
        "inbox-promise": [
            "Ogni mattina mandiamo i bambini a scuola in autobus.",
            "Vi mandiamo un abbraccio.",
        ],
        "account-row": ["Le mie preferenze", "Il mio profilo è stato bloccato senza motivo."],
        "dont-miss-call": [
            "Non perdere l'ultimo treno, avverte Trenitalia.",
            "Non perdetevi la mostra: chiude domenica.",
        ],
    },
    "pt": {
        "inbox-promise": [
            "Todas as manhãs enviamos as crianças para a escola de autocarro.",
            "Enviamos-lhe a fatura todos os meses.",
        ],
        "account-row": ["Preferências", "O meu perfil foi apagado sem aviso."],
        "dont-miss-call": [
            "Não perca o último comboio, avisa a CP.",
            "A ministra foi clara? A oposição diz que não 👎",
        ],
    },
    "nl": {
        "inbox-promise": [
            "Elke ochtend sturen we de kinderen met de bus naar school.",
            "De gemeente mailt bewoners elke week over de ophaaldagen van het afval.",
        ],
        "account-row": ["Mijn voorkeuren", "Mijn profiel werd zonder reden verwijderd."],
        "dont-miss-call": [
            "Mis de laatste trein niet, waarschuwt de NS.",
            "Mis geen enkele deadline: schrijf je op tijd in bij de gemeente, zei de wethouder.",
        ],
    },
    "sv": {
        "inbox-promise": [
            "Varje morgon skickar vi barnen till skolan med buss.",
            "Vi skickar dig fakturan varje månad.",
        ],
        "account-row": ["Mitt utrymme", "Min profil raderades utan förvarning."],
        "dont-miss-call": [
            "Missa inte sista tåget, varnar SJ.",
            "Missa inte kursen: anmäl dig senast 5 maj.",
        ],
    },
    "fi": {
        "inbox-promise": [
            "Joka aamu lähetämme lapset kouluun bussilla.",
            "Lähetämme sinulle laskun joka kuukausi.",
        ],
        "account-row": ["Oma tila", "Oma profiilini poistettiin ilman varoitusta."],
        "dont-miss-call": [
            "Älä myöhästy viimeisestä junasta, VR varoittaa.",
            "Älä missaa kurssia: ilmoittaudu 5.5. mennessä.",
        ],
    },
}
