"""Forum and comment chrome, in all nine languages, each category named.

``CHROME`` holds, per language and per category, lines in the wording of
real forum software (phpBB, vBulletin, SMF, Discourse, XenForo, Invision)
and comment systems (WordPress, Disqus, Facebook comments, news sites'
comment widgets): a member's info line (join or registration date, post
count, location, karma, reputation or rank, alone or in a row), a post's
quote or reply header (who wrote the quoted post and when, SMF's reply
subject line with its number and stamp, the last-edited note with its
reason), and a comment widget's buttons, counts and calls to sign in.
Each is cleaned between two article paragraphs, with every pack on, and
must go.  ``TRAPS`` holds, per language and category, content that uses
the same words and must stay: a member since a year who wrote posts, a
sentence that starts with a reply or a quotation, a report of what
somebody wrote on a day.
"""

from __future__ import annotations

CHROME: dict[str, dict[str, list[str]]] = {
    "en": {
        "member-info": [
            "Joined: 14 Mar 2009 | Posts: 2,310 | Location: Bristol",
            "Member since 2015 · 1,204 posts",
            "Registered: 03-04-2012 · Karma: +12/-3 · Posts: 88",
            "Location: Cardiff · Reputation: 48 · Rank: Senior Member · Posts: 512",
        ],
        "quote-reply-header": [
            "Re: Which winter tyres for a Focus? « Reply #7 on: March 02, 2017, 08:11:45 PM »",
            "Last edited by quietstorm; 11-05-2018 at 07:12 AM. Reason: fixed the link",
            "On 3/2/2017 at 10:14 PM, kevin_b said:",
            "Quote (kevin_b @ Mar 2 2017, 10:14 PM)",
        ],
        "comment-widget": [
            "Like · Reply · 👍 12",
            "Reply ↩ | Report comment",
            "Please log in or register to comment.",
            "💬 47 Comments",
        ],
    },
    "de": {
        "member-info": [
            "Registriert seit: 12.03.2009 · Beiträge: 1.204",
            "Dabei seit: März 2011 | 342 Beiträge",
            "Mitglied seit 2014 · Wohnort: Köln · Beiträge: 88",
        ],
        "quote-reply-header": [
            "Zitat von Bergfex im Beitrag #4",
            "Bergfex schrieb am 12.03.2013 um 21:04:",
            "Aw: Welche Winterreifen für den Golf? « Antwort #4 am: 21. Juli 2016, 10:02:11 »",
            "Zuletzt bearbeitet von Bergfex; 04.12.2019 um 21:41 Uhr. Grund: Tippfehler",
        ],
        "comment-widget": [
            "Antworten · Zitieren · 👍 5",
            "Kommentar melden | Antworten ↩",
            "Zum Kommentieren bitte einloggen.",
            "Alle 57 Kommentare anzeigen",
            "🗨️ 31 Leserkommentare",
        ],
    },
    "fr": {
        "member-info": [
            "Inscrit le : 14/03/2009 · Messages : 1 204",
            "Membre depuis : mars 2011 | 342 messages",
            "Date d'inscription : 12/03/2009 | Messages : 512 | Réputation : 48",
        ],
        "quote-reply-header": [
            "Re : Quels pneus hiver pour une Clio ? « Réponse #4 le : 21 juillet 2016 à 10:02:11 »",
            "Dernière modification par Bergfex ; 04/12/2019 à 21h41. Motif : faute de frappe",
            "Citation de Bergfex le 12/03/2013 à 21:04",
        ],
        "comment-widget": [
            "Répondre · Citer · 👍 3",
            "Signaler ce commentaire | Répondre",
            "Connectez-vous ou inscrivez-vous pour commenter.",
            "Voir les 57 commentaires",
            "💬 12 commentaires",
        ],
    },
    "es": {
        "member-info": [
            "Registrado: 14 mar 2009 · Mensajes: 1.204",
            "Miembro desde: marzo 2011 | 342 mensajes",
            "Fecha de ingreso: mayo 2013 · Mensajes: 87 · Ubicación: Sevilla",
        ],
        "quote-reply-header": [
            "Cita de: Bergfex en 21 de julio de 2016, 10:02:11",
            "Re: ¿Qué neumáticos de invierno para un León? « Respuesta #4 en: 21 de julio de 2016, 10:02:11 »",
            "Última edición por Bergfex; 04/12/2019 a las 21:41. Motivo: errata",
        ],
        "comment-widget": [
            "Responder · Citar · 👍 3",
            "Denunciar comentario | Responder ↩",
            "Inicia sesión o regístrate para comentar.",
            "Ver los 57 comentarios",
            "💬 12 comentarios",
        ],
    },
    "it": {
        "member-info": [
            "Iscritto il: 14/03/2009 · Messaggi: 1.204",
            "Registrato dal: marzo 2011 | 342 messaggi",
            "Data registrazione: maggio 2013 · Messaggi: 87 · Località: Torino",
        ],
        "quote-reply-header": [
            "Citazione di: Bergfex il 21 luglio 2016, 10:02:11",
            "Re: Quali gomme invernali per la Panda? « Risposta #4 il: 21 luglio 2016, 10:02:11 »",
            "Ultima modifica di Bergfex; 04-12-2019 alle 21:41. Motivo: refuso",
        ],
        "comment-widget": [
            "Rispondi · Cita · 👍 3",
            "Segnala commento | Rispondi ↩",
            "Accedi o registrati per commentare.",
            "Mostra tutti i 57 commenti",
            "💬 12 commenti",
        ],
    },
    "pt": {
        "member-info": [
            "Registrado em: 14 mar 2009 · Mensagens: 1.204",
            "Membro desde: março 2011 | 342 mensagens",
            "Data de registo: maio 2013 · Mensagens: 87 · Localização: Porto",
        ],
        "quote-reply-header": [
            "Citação de: Bergfex em 21 de julho de 2016, 10:02:11",
            "Re: Que pneus de inverno para um Golf? « Resposta #4 em: 21 de julho de 2016, 10:02:11 »",
            "Última edição por Bergfex; 04/12/2019 às 21:41. Motivo: erro de digitação",
        ],
        "comment-widget": [
            "Responder · Citar · 👍 3",
            "Denunciar comentário | Responder ↩",
            "Faça login ou registe-se para comentar.",
            "Ver todos os 57 comentários",
            "💬 12 comentários",
        ],
    },
    "nl": {
        "member-info": [
            "Lid sinds: 14 maart 2009 · Berichten: 1.204",
            "Geregistreerd: mrt 2011 | 342 berichten",
            "Lid sinds 2013 · Woonplaats: Utrecht · Berichten: 87",
        ],
        "quote-reply-header": [
            "Bergfex schreef op vrijdag 3 maart 2017 @ 10:14:",
            "[Reactie gewijzigd door Bergfex op 03-03-2017 10:16]",
            "Re: Welke winterbanden voor een Polo? « Antwoord #4 Gepost op: 21 juli 2016, 10:02:11 »",
            "Laatst bewerkt door Bergfex; 04-12-2019 om 21:41. Reden: typfout",
        ],
        "comment-widget": [
            "Reageer · Citeer · 👍 3",
            "Reactie melden | Beantwoorden",
            "Log in of registreer om te reageren.",
            "Bekijk alle 57 reacties",
            "💬 12 reacties",
        ],
    },
    "sv": {
        "member-info": [
            "Medlem sedan: mars 2011 · Inlägg: 342",
            "Reg: Maj 2013 | Inlägg: 87 | Ort: Umeå",
            "Registrerad: 2009-03-14 · Inlägg: 1 204",
        ],
        "quote-reply-header": [
            "Citat: Ursprungligen skrivet av Bergfex",
            "Sv: Vilka vinterdäck till en Golf? « Svar #7 skrivet: 2 mars 2017 kl. 20:11:45 »",
            "Senast redigerad av Bergfex; 2019-12-04 kl. 21:41. Anledning: stavfel",
        ],
        "comment-widget": [
            "Svara · Citera · 👍 3",
            "Rapportera kommentar | Svara ↩",
            "Logga in eller registrera dig för att kommentera.",
            "Visa alla 57 kommentarer",
            "💬 12 kommentarer",
        ],
    },
    "fi": {
        "member-info": [
            "Liittynyt: maaliskuu 2011 · Viestejä: 342",
            "Rekisteröitynyt: 14.03.2009 | Viestit: 1 204",
            "Liittynyt: 2013 · Paikkakunta: Tampere · Viestejä: 87",
        ],
        "quote-reply-header": [
            "Lainaus: Alkuperäinen kirjoittaja Pakkasukko",
            "Vs: Mitkä talvirenkaat Golfiin? « Vastaus #7 : 2 maaliskuuta 2017, 20:11:45 »",
            "Viimeksi muokannut Pakkasukko; 04.12.2019 klo 21:41. Syy: kirjoitusvirhe",
        ],
        "comment-widget": [
            "Vastaa · Lainaa · 👍 3",
            "Ilmoita asiaton kommentti | Vastaa",
            "Kirjaudu sisään tai rekisteröidy kommentoidaksesi.",
            "Näytä kaikki 57 kommenttia",
            "💬 12 kommenttia",
        ],
    },
}

TRAPS: dict[str, dict[str, list[str]]] = {
    "en": {
        "member-info": [
            "She has been a member since 2011 and has written 342 posts about orchids.",
            "Location: the old mill, where 40 posts were lost in the fire.",
        ],
        "quote-reply-header": [
            "He wrote on Tuesday that the vote would be delayed.",
            "Last edited by her brother in 1998, the diary was published after her death.",
            "Re: the motion on parking, members agreed to defer it until May.",
        ],
        "comment-widget": [
            "Reply to the letter by Friday.",
            "Report the comment to the police if it threatens you, the guide says.",
        ],
    },
    "de": {
        "member-info": [
            "Sie ist seit 2011 Mitglied und hat 342 Beiträge über Orchideen geschrieben.",
            "Mitglied seit 2014 ist auch der Bürgermeister, sagte der Vorsitzende.",
        ],
        "quote-reply-header": [
            "Er schrieb am Dienstag, die Abstimmung werde verschoben.",
            "Zitat von Goethe: „Wer immer strebend sich bemüht, den können wir erlösen.“",
        ],
        "comment-widget": [
            "Antworten Sie bis Freitag auf den Brief.",
            "Alle 57 Kommentare zum Gesetzentwurf wurden veröffentlicht.",
        ],
    },
    "fr": {
        "member-info": [
            "Elle est membre depuis 2011 et a écrit 342 messages sur les orchidées.",
            "Inscrit le 14 mars 2009 au barreau de Lyon, il plaide depuis.",
        ],
        "quote-reply-header": [
            "Il a écrit mardi que le vote serait reporté.",
            "Citation de Victor Hugo : « Ceux qui vivent, ce sont ceux qui luttent. »",
        ],
        "comment-widget": [
            "Répondre à la lettre avant vendredi.",
            "Voir les 57 commentaires des lecteurs a surpris la rédaction.",
        ],
    },
    "es": {
        "member-info": [
            "Es miembro desde 2011 y ha escrito 342 mensajes sobre orquídeas.",
            "Registrado en 2009, el partido obtuvo 87 escaños.",
        ],
        "quote-reply-header": [
            "Escribió el martes que la votación se aplazaría.",
            "Cita de Cervantes: «La pluma es la lengua del alma».",
        ],
        "comment-widget": [
            "Responder a la carta antes del viernes.",
            "Denunciar un comentario inapropiado en la red es un derecho, recordó el juez.",
        ],
    },
    "it": {
        "member-info": [
            "È socia dal 2011 e ha scritto 342 messaggi sulle orchidee.",
            "Iscritto il 14 marzo 2009 all'albo, esercita da allora.",
        ],
        "quote-reply-header": [
            "Ha scritto martedì che il voto sarebbe stato rinviato.",
            "Citazione di Dante: «Fatti non foste a viver come bruti».",
        ],
        "comment-widget": [
            "Rispondi alla lettera entro venerdì.",
            "Segnala commento offensivo alla polizia postale, consiglia la guida.",
        ],
    },
    "pt": {
        "member-info": [
            "É membro desde 2011 e escreveu 342 mensagens sobre orquídeas.",
            "Registrado em 2009, o partido obteve 87 cadeiras.",
        ],
        "quote-reply-header": [
            "Ele escreveu na terça-feira que a votação seria adiada.",
            "Citação de Pessoa: «Tudo vale a pena se a alma não é pequena».",
        ],
        "comment-widget": [
            "Responder à carta até sexta-feira.",
            "Ver todos os 57 comentários dos leitores levou uma hora.",
        ],
    },
    "nl": {
        "member-info": [
            "Ze is sinds 2011 lid en schreef 342 berichten over orchideeën.",
            "Lid sinds 2013 is ook de burgemeester, zei de voorzitter.",
        ],
        "quote-reply-header": [
            "Hij schreef op dinsdag dat de stemming werd uitgesteld.",
            "Laatst bewerkt door zijn dochter in 1998, verscheen het dagboek na zijn dood.",
        ],
        "comment-widget": [
            "Beantwoord de brief voor vrijdag.",
            "Reageer niet op berichten van onbekenden, adviseert de politie.",
        ],
    },
    "sv": {
        "member-info": [
            "Hon har varit medlem sedan 2011 och har skrivit 342 inlägg om orkidéer.",
            "Medlem sedan 2014 är också borgmästaren, sade ordföranden.",
        ],
        "quote-reply-header": [
            "Han skrev på tisdagen att omröstningen skulle skjutas upp.",
            "Citat från Strindberg: ”Man är alltid ensam.”",
        ],
        "comment-widget": [
            "Svara på brevet före fredag.",
            "Visa alla 57 kommentarer för nämnden, krävde oppositionen.",
        ],
    },
    "fi": {
        "member-info": [
            "Hän on ollut jäsen vuodesta 2011 ja kirjoittanut 342 viestiä orkideoista.",
            "Liittynyt 2013 jäseneksi, hän on johtanut yhdistystä.",
        ],
        "quote-reply-header": [
            "Hän kirjoitti tiistaina, että äänestystä lykätään.",
            "Lainaus Kiveltä: ”Se oli hyvä päivä.”",
        ],
        "comment-widget": [
            "Vastaa kirjeeseen perjantaihin mennessä.",
            "Näytä kaikki 57 kommenttia lautakunnalle, vaati oppositio.",
        ],
    },
}
