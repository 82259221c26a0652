"""Round 8 of the debris categories in German, Dutch, Swedish and Finnish, each named.

``CHROME`` holds, per language and per category of the brief (thread
buttons and closed-comment notes, forum post heads and footers, shop price
lines, app download lines, blog and CMS footers, newsletter promises and
opt-ins, consent links and the consent framework's sentences, teaser labels,
and the smaller ones: star rows, agency credits with a pipe, photos used by
permission), lines in the wordings that Blogger, phpBB, vBulletin,
Discourse, Joomla, WooCommerce, Shopify and the newspapers of each country
print.  Each is cleaned between two article paragraphs, with every pack on,
and must go.  ``TRAPS`` holds, per language and category, sentences and
fields that use the same words as content, and must stay.  The held-out
sets of ``test_unseen_debris.py`` are not read here.
"""

from __future__ import annotations

CHROME: dict[str, dict[str, list[str]]] = {
    "de": {
        "thread": [
            "27 weitere Antworten anzeigen",
            "3 vorherige Kommentare anzeigen",
            "Alle Kommentare anzeigen (42)",
            "Antworten (5) ausblenden",
            "Dieser Kommentar wurde von einem Blog-Administrator entfernt.",
            "Dieser Kommentar wurde vom Autor entfernt.",
            "Melden Sie sich an oder erstellen Sie ein kostenloses Konto, um mitzudiskutieren.",
            "Die Kommentarspalte ist geschlossen.",
            "Dieser Artikel kann nicht mehr kommentiert werden.",
        ],
        "forum": [
            "von Matthias » Mo 12. Mär 2018, 14:03",
            "Zitat Zitat von Matthias Beitrag anzeigen",
            "Zitat von Matthias, 12.3.2015 um 14:03",
            "Geändert von Matthias (12.03.2018 um 15:10 Uhr)",
            "Hat sich bedankt: 12 Mal · Danksagung erhalten: 34 Mal",
            "Danke: 12 · Erhielt 34 Danke für 20 Beiträge",
            "Dieses Thema wurde 30 Tage nach der letzten Antwort automatisch geschlossen. Neue Antworten sind nicht mehr möglich.",
        ],
        "price": [
            "29,90 € inkl. MwSt. – Versandkostenfrei ab 49 €",
            "UVP 49,99 € 34,99 € (-30%)",
            "CHF 49.90 inkl. MwSt. · Gratisversand ab CHF 50",
            "€ 19,95 inkl. MwSt. zzgl. Versand – Lieferzeit 2–3 Werktage",
            "Regulärer Preis 30,00 € Angebotspreis 24,00 €",
            "9,99 € / Monat – jederzeit kündbar",
            "Nur noch heute: 19,99 € statt 29,99 €",
        ],
        "app": [
            "Laden Sie die App im App Store oder bei Google Play herunter",
            "Jetzt die App herunterladen: App Store | Google Play",
            "Download im App Store · Jetzt bei Google Play",
        ],
        "footer": [
            "Eingestellt von Julia um 21:14 — 2 Kommentare",
            "Geschrieben von Redaktion · Zugriffe: 2841",
            "Abgelegt unter: Reisen | Verschlagwortet mit: Italien, Rom",
        ],
        "newsletter": [
            "Die besten Rezepte jeden Freitag direkt in Ihr Postfach.",
            "Die wichtigsten Nachrichten aus der Region jeden Morgen – kostenlos.",
            "Jetzt anmelden und 10 % Rabatt auf Ihre erste Bestellung sichern!",
            "Ja, bitte schicken Sie mir den Newsletter.",
            "Jeden Freitag die besten Tipps per E-Mail – kostenlos und jederzeit abbestellbar.",
        ],
        "consent": [
            "Erfahren Sie mehr über unsere Cookie-Richtlinie",
            "Weitere Informationen und Einstellungen",
            "Wir und unsere Partner verarbeiten personenbezogene Daten, um Inhalte und Anzeigen zu personalisieren.",
        ],
        "teaser": [
            "Exklusiv für Abonnenten: Wie sicher ist die Rente?",
            "PASSEND ZUM THEMA ⇒ Streik bei der Bahn",
            "Ebenfalls interessant ➔ Zehn Fehler beim Grillen",
            "Das könnte Ihnen auch gefallen: Zehn Fehler beim Grillen",
        ],
        "small": [
            "Foto mit freundlicher Genehmigung des Autors",
            "Quelle: picture alliance/dpa | Max Mustermann",
            "★★★★☆ 4,2 (318 Bewertungen)",
        ],
    },
    "nl": {
        "thread": [
            "Toon 27 meer antwoorden",
            "Bekijk 3 eerdere reacties",
            "Alle reacties bekijken (42)",
            "Reacties verbergen",
            "Deze reactie is verwijderd door een blogbeheerder.",
            "Deze reactie is verwijderd door de auteur.",
            "Log in of maak een gratis account aan om mee te praten.",
            "Er kan niet meer worden gereageerd op dit artikel.",
            "Oudere reacties tonen",
        ],
        "forum": [
            "door Jan » ma 12 mrt 2018, 14:03",
            "Citaat Oorspronkelijk geplaatst door Jan Bekijk bericht",
            "Quote van Jan, 12-3-2015 om 14:03",
            "Bedankt: 12 · 34 keer bedankt in 20 berichten",
            "Dit topic is automatisch gesloten 30 dagen na het laatste antwoord. Nieuwe antwoorden zijn niet meer toegestaan.",
        ],
        "price": [
            "€ 19,95 incl. btw – voor 23:00 besteld, morgen in huis",
            "Van € 39,99 voor € 29,99 – bespaar 25%",
            "Normale prijs € 30,00 Aanbiedingsprijs € 24,00",
            "€ 9,99 per maand – maandelijks opzegbaar",
        ],
        "app": [
            "Download de app in de App Store of Google Play",
            "Download onze app – in de App Store en op Google Play",
            "Haal de app: Download in de App Store | Ontdek het op Google Play",
        ],
        "footer": [
            "Geplaatst door Sanne om 21:14 — 2 reacties",
            "Geschreven door: Redactie | Hits: 2841",
        ],
        "newsletter": [
            "Het belangrijkste nieuws uit de regio elke ochtend – gratis.",
            "Ja, stuur mij de nieuwsbrief.",
        ],
        "consent": [
            "Lees meer over ons cookiebeleid",
            "Meer informatie en voorkeuren wijzigen",
            "Wij en onze 842 partners verwerken uw gegevens voor gepersonaliseerde advertenties en content, advertentie- en contentmeting.",
        ],
        "teaser": [
            "GERELATEERD AAN DIT ARTIKEL: Kabinet valt",
            "Verdieping: Wat de staking betekent",
            "Alleen voor abonnees: Hoe veilig is je pensioen?",
            "Verder lezen ➜ De mooiste fietsroutes",
            "Lees ook ⇒ De mooiste fietsroutes",
        ],
        "small": [
            "Foto met dank aan de auteur",
            "Bron: ANP | Jan Jansen",
            "★★★★☆ 4,2 (318 beoordelingen)",
        ],
    },
    "sv": {
        "thread": [
            "Visa 27 fler svar",
            "Visa 3 tidigare kommentarer",
            "Dölj svar",
            "Den här kommentaren har tagits bort av en bloggadministratör.",
            "Den här kommentaren har tagits bort av skribenten.",
            "Logga in eller skapa ett gratis konto för att delta i samtalet.",
            "Kommentarsfältet är stängt för den här artikeln.",
        ],
        "forum": [
            "av Erik » mån 12 mar 2018, 14:03",
            "Citat Ursprungligen postat av Erik Visa inlägg",
            "Citat från Erik, 12.3.2015 kl. 14:03",
            "Senast redigerad av Erik mån 12 mar 2018, 15:10, redigerad totalt 2 gånger.",
            "Tack som givits: 12 · Tackad 34 gånger i 20 inlägg",
            "Detta ämne stängdes automatiskt 30 dagar efter det senaste svaret. Nya svar är inte längre tillåtna.",
        ],
        "price": [
            "299 kr inkl. moms – fri frakt över 499 kr",
            "Ord. pris 399 kr Nu 299 kr Spara 25 %",
            "149 SEK inkl. moms · Fri frakt",
            "Ordinarie pris 399 kr Reapris 299 kr",
            "99 kr/mån – ingen bindningstid",
        ],
        "app": [
            "Hämta appen: Ladda ned i App Store | Ladda ned på Google Play",
            "Ladda ner vår app – i App Store och på Google Play",
        ],
        "footer": [
            "Upplagd av Anna kl. 21:14 — 2 kommentarer",
            "Skrivet av: Redaktionen | Träffar: 2841",
        ],
        "newsletter": [
            "De viktigaste nyheterna från regionen varje morgon – gratis.",
            "Ja tack, jag vill få nyhetsbrevet.",
        ],
        "consent": [
            "Läs mer och ändra dina inställningar",
            "Vi och våra 842 partner behandlar dina uppgifter för personanpassade annonser och annonsmätning.",
        ],
        "teaser": [
            "RELATERAT TILL DEN HÄR ARTIKELN: Regeringen faller",
            "Fördjupning: Vad strejken betyder",
            "Endast för prenumeranter: Hur säker är pensionen?",
            "Läs också ⇒ De vackraste cykelvägarna",
        ],
        "small": [
            "Källa: TT | Anna Svensson",
            "★★★★☆ 4,2 (318 recensioner)",
        ],
    },
    "fi": {
        "thread": [
            "Näytä 27 muuta vastausta",
            "Näytä 3 aiempaa kommenttia",
            "Näytä vastaukset (3)",
            "Blogin ylläpitäjä on poistanut tämän kommentin.",
            "Kirjoittaja on poistanut tämän kommentin.",
            "Tämän jutun kommentointi on suljettu.",
        ],
        "forum": [
            "Lainaus käyttäjältä Matti, 12.3.2015 klo 14:03",
            "Alkuperäinen kirjoittaja Matti Näytä viesti",
            "Viimeksi muokannut Matti ma 12.3.2018 15:10, muokattu yhteensä 2 kertaa.",
            "Kiitoksia annettu: 12 · Kiitetty 34 kertaa 20 viestissä",
            "Tämä ketju suljettiin automaattisesti 30 päivää viimeisen vastauksen jälkeen. Uusia vastauksia ei enää sallita.",
        ],
        "price": [
            "29,90 € (sis. alv 24 %) – Ilmainen toimitus yli 49 € tilauksiin",
            "Norm. 39,90 € Nyt 29,90 € Säästä 25 %",
            "19,95 € sis. alv. – Toimitus 1–3 arkipäivässä",
            "9,99 €/kk – ei määräaikaa",
        ],
        "app": [
            "Lataa sovellus App Storesta tai Google Playsta",
            "Lataa sovelluksemme – App Storesta ja Google Playsta",
        ],
        "footer": [
            "Lähettänyt Liisa klo 21.14 — 2 kommenttia",
            "Kirjoittanut: Toimitus | Osumia: 2841",
        ],
        "newsletter": [
            "Parhaat reseptimme suoraan sähköpostiisi joka perjantai.",
            "Alueen tärkeimmät uutiset joka aamu – maksutta.",
            "Kyllä kiitos, haluan tilata uutiskirjeen.",
        ],
        "consent": [
            "Lue lisää ja muuta asetuksia",
            "Me ja kumppanimme käsittelemme henkilötietoja sisällön ja mainosten personointiin.",
        ],
        "teaser": [
            "TÄHÄN ARTIKKELIIN LIITTYEN: Hallitus kaatui",
            "Saatat pitää myös: Kymmenen grillausvirhettä",
            "Vain tilaajille: Kuinka turvassa eläke on?",
            "Lue myös ⇒ Kauneimmat pyöräreitit",
        ],
        "small": [
            "Kuva: kirjoittajan kotialbumi",
            "Lähde: Lehtikuva | Matti Meikäläinen",
            "★★★★☆ 4,2 (318 arvostelua)",
        ],
    },
}

TRAPS: dict[str, dict[str, list[str]]] = {
    "de": {
        "thread": [
            "Weitere Antworten anzeigen mussten die Behörden bis Freitag nicht.",
            "Dieser Kommentar wurde vom Autor entfernt, nachdem Leser protestiert hatten.",
            "Melden Sie sich an, bevor Sie das Gebäude betreten.",
            "Die Kommentarfunktion wurde 2019 eingeführt.",
        ],
        "forum": [
            "Von Hamburg nach Berlin fuhr der Zug um 14:03 ab.",
            "Zitat von Heike: „Ich gehe nicht zurück.“",
            "Dieses Thema wurde im Ausschuss ausführlich behandelt.",
        ],
        "price": [
            "29,90 € kostet das Buch im Handel, sagte die Verlegerin.",
            "Preis: 24,90 €",
            "Der Preis inkl. MwSt. ist im Vertrag geregelt, sagte sie.",
            "49 € im Monat sind für viele Familien zu viel.",
            "Statt 89 € zahlen Mieter nun 59 € im Monat.",
            "Ab 4,99 € gibt es das Menü, sagt der Wirt.",
        ],
        "app": [
            "Die App wurde 3 Millionen Mal bei Google Play heruntergeladen.",
            "Die App ist im App Store nicht mehr verfügbar, teilte Apple mit.",
        ],
        "footer": [
            "Eingestellt von Julia um 21:14 Uhr, zwei Kommentare folgten sofort.",
            "Abgelegt unter: dem Stapel lag die Akte seit Jahren, und niemand las sie.",
        ],
        "newsletter": [
            "Die Betrüger schickten die gefälschte Rechnung direkt in ihr Postfach.",
            "Die Zeitung erscheint jeden Morgen – auch sonntags.",
            "Jeden Morgen kamen die Nachrichten per E-Mail, erzählt sie.",
            "Jeden Freitag schickte er die Zahlen per E-Mail – kostenlos war das nicht, sagt sie.",
        ],
        "consent": [
            "Wir und unsere Kinder backen jedes Jahr Cookies.",
            "Details und Einstellungen des Geräts prüfte das Labor.",
        ],
        "teaser": [
            "Für Abonnenten: Die Preise steigen ab Januar um zwei Euro.",
            "Für Abonnenten ist das Angebot kostenlos.",
        ],
        "small": [
            "Quelle: dpa | So lautete die Meldung am Morgen, bevor sie korrigiert wurde.",
            "★★★★☆ für den neuen Film von Tom Tykwer.",
        ],
    },
    "nl": {
        "thread": [
            "Bekijk de reacties van de ministers op de begroting hieronder.",
            "Er kan niet meer worden gewacht, zei de minister.",
            "De reacties zijn gesloten, maar de discussie gaat door op straat.",
        ],
        "forum": [
            "Door Utrecht » Amersfoort reed de trein om 14:03.",
            "Dit onderwerp is in de commissie uitgebreid besproken.",
        ],
        "price": [
            "€ 19,95 kost het boek in de winkel, zei de uitgever.",
            "Prijs: € 12,99",
            "€ 24,95 per maand is voor veel gezinnen te veel, zegt de bond.",
            "Vanaf € 4,99 kun je al een ontbijt krijgen, zegt de eigenaar.",
        ],
        "app": [
            "De app is 3 miljoen keer gedownload uit Google Play.",
            "Google Play en de App Store vragen 30 procent commissie.",
        ],
        "footer": [
            "Geplaatst door Sanne om 21:14 uur, twee reacties volgden meteen.",
            "Geschreven door Vondel in 1654, werd het gedicht pas later bekend.",
        ],
        "newsletter": [
            "De oplichters stuurden de valse factuur naar hun inbox.",
            "De krant verschijnt elke ochtend – ook op zondag.",
        ],
        "consent": [
            "Wij en onze partners hebben hard gewerkt aan dit huis, zei de aannemer.",
            "Lees meer over de geschiedenis van het koekje in ons boek.",
        ],
        "teaser": [
            "Voor abonnees: de prijs stijgt in januari met twee euro.",
            "Verder lezen kon hij niet meer, zei zijn vrouw.",
        ],
        "small": [
            "Bron: ANP | Zo luidde het bericht vanochtend, voordat het werd verbeterd.",
            "Vier sterren, 318 beoordelingen: het hotel staat bovenaan.",
        ],
    },
    "sv": {
        "thread": [
            "Visa svar på tal, sa tränaren till spelarna.",
            "Kommentarerna är stängda, men debatten fortsätter på gatorna.",
            "Det går inte att kommentera utredningen ännu, sa ministern.",
        ],
        "forum": [
            "Av Göteborg » Stockholm gick tåget kl 14:03.",
            "Detta ämne har diskuterats länge i utskottet.",
        ],
        "price": [
            "299 kr kostar boken i handeln, säger förläggaren.",
            "Pris: 129 kr",
            "299 kr i månaden är för mycket för många familjer.",
            "Från 49 kr kan man äta lunch där, säger ägaren.",
        ],
        "app": [
            "Appen har laddats ner 3 miljoner gånger från Google Play.",
            "Appen finns inte längre i App Store, meddelar Apple.",
        ],
        "footer": [
            "Upplagd av Anna kl. 21:14, två kommentarer följde direkt.",
            "Skrivet av Strindberg 1887 blev dikten känd först senare.",
        ],
        "newsletter": [
            "Bedragarna skickade den falska fakturan till hennes inkorg.",
            "Tidningen kommer ut varje morgon – även på söndagar.",
        ],
        "consent": [
            "Läs mer och ändra dina vanor, råder läkaren.",
            "Vi och våra partner använder samma lokaler, sa vd:n.",
        ],
        "teaser": [
            "För prenumeranter: priset höjs i januari med två kronor.",
            "Läs vidare på sidan 12, skriver tidningen.",
        ],
        "small": [
            "Källa: TT | Så löd beskedet i morse, innan det rättades.",
            "Fyra stjärnor, 318 omdömen: hotellet ligger i topp.",
        ],
    },
    "fi": {
        "thread": [
            "Näytä kommentit opettajalle ennen tuntia, ohjeessa sanotaan.",
            "Kommentit on suljettu, mutta keskustelu jatkuu kaduilla.",
            "Tämän jutun kommentointi on suljettu teknisen vian vuoksi, kertoo lehti.",
        ],
        "forum": [
            "Alkuperäinen kirjoittaja Aleksis Kivi",
            "Tämä aihe on puhuttanut valiokunnassa pitkään.",
        ],
        "price": [
            "29,90 € maksaa kirja kaupassa, sanoo kustantaja.",
            "Hinta: 12,99 €",
            "9,90 € kuukaudessa on monelle perheelle liikaa.",
            "Alkaen 4,99 € saa aamiaisen, kertoo omistaja.",
        ],
        "app": [
            "Sovellus on ladattu 3 miljoonaa kertaa Google Playsta.",
            "Google Play ja App Store perivät 30 prosentin provision.",
        ],
        "footer": [
            "Lähettänyt Liisa klo 21.14, kaksi kommenttia seurasi heti.",
            "Kirjoittanut Eino Leino vuonna 1900, runo tuli tunnetuksi vasta myöhemmin.",
        ],
        "newsletter": [
            "Huijarit lähettivät väärennetyn laskun hänen sähköpostiinsa.",
            "Lehti ilmestyy joka aamu – myös sunnuntaisin.",
        ],
        "consent": [
            "Lue lisää ja muuta tapojasi, neuvoo lääkäri.",
            "Me ja kumppanimme olemme tehneet töitä tämän talon eteen, sanoi urakoitsija.",
        ],
        "teaser": [
            "Tilaajille: hinta nousee tammikuussa kahdella eurolla.",
            "Tilaajille tarjous on maksuton.",
        ],
        "small": [
            "Lähde: STT | Näin kuului tiedote aamulla, ennen kuin sitä korjattiin.",
            "Neljä tähteä, 318 arvostelua: hotelli on kärjessä.",
        ],
    },
}
