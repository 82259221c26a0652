"""Round 9 of the debris categories in German, Dutch, Swedish and Finnish, each named.

``CHROME`` holds, per language and per category of the brief (the
placeholder a page prints where embedded content waits for cookie consent,
the confirmation a newsletter form prints after signing up, an ad label set between
dashes or rules, a media label in capitals or a bracketed teaser before a
headline, and the comment form's follow-up checkbox), lines in the wordings that consent managers,
newsletter plugins and the newspapers of each country print.  Each is
cleaned between two article paragraphs, with every pack on, and must go.
``TRAPS`` holds, per language and category, sentences that use the same
words as content, and must stay.  The held-out sets of
``test_unseen_debris.py`` are not read here.
"""

from __future__ import annotations

CHROME: dict[str, dict[str, list[str]]] = {
    "de": {
        "comment-form": ["Benachrichtige mich über nachfolgende Kommentare via E-Mail.", "Benachrichtige mich über neue Beiträge via E-Mail."],
        "media-label": ["FOTOS: Die Bilder vom Rosenmontagszug in Köln", "IM VIDEO | So lief die Rettung am Berg", "[ Lesen Sie auch: Der neue Fahrplan gilt ab Sonntag ]"],
        "embedded": [
            "Dieser Inhalt ist blockiert, weil Sie Cookies von Drittanbietern nicht akzeptiert haben.",
            "Um dieses Video anzusehen, müssen Sie Marketing-Cookies zulassen.",
            "Externe Inhalte: Zum Anzeigen müssen Sie den Cookies von Drittanbietern zustimmen.",
            "Die Karte wird erst nach Ihrer Zustimmung zu Cookies geladen.",
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Dabei können personenbezogene Daten übermittelt werden.",
        ],
        "confirmation": [
            "Danke für Ihre Anmeldung! Wir haben Ihnen eine E-Mail geschickt.",
            "Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link, den wir Ihnen geschickt haben.",
            "Sie erhalten in wenigen Minuten eine Bestätigungsmail.",
        ],
        "ad-separator": ["———— Anzeige ————", "-- Werbung --", "— Der Artikel wird nach der Anzeige fortgesetzt —"],
    },
    "nl": {
        "comment-form": ["Stuur mij een e-mail bij nieuwe reacties.", "Mail me bij vervolgreacties."],
        "media-label": ["FOTO'S | De mooiste beelden van Koningsdag", "KIJK: Zo verliep de redding op zee", "[ Bekijk ook: De nieuwe dienstregeling ]"],
        "embedded": [
            "Deze inhoud is geblokkeerd omdat je geen cookies van derden hebt geaccepteerd.",
            "Om deze video te bekijken moet je marketingcookies accepteren.",
            "Externe content: geef toestemming voor cookies om deze te tonen.",
            "Deze site gebruikt cookies. U kunt uw voorkeuren altijd aanpassen.",
        ],
        "confirmation": [
            "Bedankt! Check je inbox om je aanmelding te bevestigen.",
            "Bevestig je e-mailadres via de link in de mail.",
            "Je ontvangt zo een bevestigingsmail.",
        ],
        "ad-separator": ["———— Advertentie ————", "-- Reclame --", "— Het artikel gaat verder onder de advertentie —"],
    },
    "sv": {
        "comment-form": ["Meddela mig om uppföljande kommentarer via e-post.", "Meddela mig om nya inlägg via e-post."],
        "media-label": ["BILDER: Midsommarfirandet i Dalarna", "LYSSNA | Statsministerns tal i sin helhet", "[ Läs även: Nya tidtabellen gäller från söndag ]"],
        "embedded": [
            "Det här innehållet är blockerat eftersom du inte har godkänt kakor från tredje part.",
            "För att se videon måste du godkänna marknadsföringscookies.",
            "Externt innehåll: godkänn cookies för att visa det.",
            "Kartan visas först när du har godkänt cookies.",
        ],
        "confirmation": [
            "Tack! Kolla din inkorg för att bekräfta prenumerationen.",
            "Bekräfta din e-postadress via länken i mejlet.",
            "Du får strax ett bekräftelsemejl.",
        ],
        "ad-separator": ["———— Annons ————", "-- Reklam --", "— Texten fortsätter under annonsen —"],
    },
    "fi": {
        "comment-form": ["Ilmoita minulle uusista vastauksista sähköpostitse.", "Ilmoita minulle sähköpostilla uusista kirjoituksista."],
        "media-label": ["KUVAT: Vappu Helsingissä", "KATSO | Näin pelastus sujui merellä", "[ Katso myös: Uusi aikataulu voimaan sunnuntaina ]"],
        "embedded": [
            "Tämä sisältö on estetty, koska et ole hyväksynyt kolmannen osapuolen evästeitä.",
            "Nähdäksesi videon sinun on hyväksyttävä markkinointievästeet.",
            "Ulkoinen sisältö: hyväksy evästeet nähdäksesi sen.",
            "Karttaa ei voida näyttää ilman suostumustasi.",
        ],
        "confirmation": [
            "Kiitos! Tarkista sähköpostisi ja vahvista tilaus.",
            "Vahvista tilauksesi saamasi sähköpostin linkistä.",
            "Saat kohta vahvistusviestin.",
        ],
        "ad-separator": ["———— Mainos ————", "-- Mainos --", "— Juttu jatkuu mainoksen alla —"],
    },
}

TRAPS: dict[str, dict[str, list[str]]] = {
    "de": {
        "comment-form": ["Benachrichtige mich, wenn du angekommen bist, bat die Mutter."],
        "media-label": ["Fotos: Die Polizei wertet die Aufnahmen noch aus, sagte ein Sprecher.", "Live ist die Band am Samstag in Wien zu hören.", "[Anm. d. Red.: Der Name wurde geändert.]"],
        "embedded": [
            "Dieser Inhalt ist urheberrechtlich geschützt, sagte der Anwalt.",
            "Das Video wurde ohne Zustimmung der Eltern veröffentlicht.",
            "Um dieses Video zu drehen, reiste sie nach Japan.",
            "An dieser Stelle stand früher eine Mühle.",
        ],
        "confirmation": [
            "Danke für die Anmeldung, sagte die Trainerin, es sind schon 40 Kinder.",
            "Sie erhalten in Kürze einen Bescheid vom Finanzamt.",
            "Bitte bestätigen Sie mir den Termin, schrieb der Anwalt.",
        ],
        "ad-separator": [
            "Die Anzeige – eine ganze Seite – kostete 40 000 Euro.",
            "Werbung — das ist sein Beruf — macht ihm Spaß.",
            "— Anzeige gegen den Nachbarn wurde erstattet —, so die Polizei.",
        ],
    },
    "nl": {
        "comment-form": ["Stuur mij een e-mail bij vragen, zei de woordvoerder.", "Houd me op de hoogte van het nieuws over de staking, vroeg ze."],
        "media-label": ["Kijk: dat is precies wat hij bedoelde, zei de trainer.", "Live is de band zaterdag in Utrecht te horen.", "[Noot van de redactie: de naam is gewijzigd.]"],
        "embedded": [
            "Deze inhoud is auteursrechtelijk beschermd, zei de advocaat.",
            "De video werd zonder toestemming van de ouders verspreid.",
            "Om deze video te maken reisde hij naar Japan.",
            "Deze site gebruikt cookies, ontdekte de toezichthouder, zonder het de bezoekers te vragen.",
        ],
        "confirmation": [
            "Je ontvangt binnenkort een brief van de gemeente.",
            "Bevestig je afspraak altijd schriftelijk, raadt de consumentenbond aan.",
            "Bedankt! Bevestig je komst wel even bij de organisatie, zei ze.",
        ],
        "ad-separator": [
            "De advertentie – een hele pagina – kostte 40.000 euro.",
            "Reclame — dat is zijn vak — maakt hem blij.",
        ],
    },
    "sv": {
        "comment-form": ["Meddela mig om du blir sen, sa hon."],
        "media-label": ["Bilder: Polisen granskar fortfarande materialet, sa en talesperson.", "Live spelar bandet på lördag i Malmö.", "[Red. anm.: Namnet är ändrat.]"],
        "embedded": [
            "Det här innehållet är skyddat av upphovsrätt, sade advokaten.",
            "Videon spreds utan föräldrarnas samtycke.",
            "För att se det här behöver man åka till Kiruna.",
        ],
        "confirmation": [
            "Du får snart ett brev från kommunen.",
            "Tack! Bekräfta din närvaro till föreningen senast fredag, sa hon.",
            "Kontrollera din deklaration noga, råder Skatteverket.",
        ],
        "ad-separator": [
            "Annonsen – en helsida – kostade 40 000 kronor.",
            "Reklam — det är hans yrke — gör honom glad.",
        ],
    },
    "fi": {
        "comment-form": ["Ilmoita minulle uusista kommenteista, jos niitä tulee, pyysi toimittaja.", "Ilmoita minulle sähköpostitse, kun olet perillä."],
        "media-label": ["Kuvat: Poliisi tutkii yhä aineistoa, kertoi tiedottaja.", "Live-esitys nähdään lauantaina Helsingissä.", "[Toim. huom.: Nimi on muutettu.]"],
        "embedded": [
            "Tämä sisältö on tekijänoikeuden suojaama, sanoi asianajaja.",
            "Video on julkaistu ilman vanhempien suostumusta.",
            "Nähdäksesi tämän sinun pitää matkustaa Lappiin.",
        ],
        "confirmation": [
            "Saat pian kirjeen kunnalta.",
            "Kiitos! Vahvista osallistumisesi vielä järjestäjälle, hän sanoi.",
            "Tarkista veroilmoituksesi huolellisesti, neuvoo Verohallinto.",
        ],
        "ad-separator": [
            "Mainos – koko sivun kokoinen – maksoi 40 000 euroa.",
            "Mainos — se on hänen työnsä — tekee hänet iloiseksi.",
        ],
    },
}
