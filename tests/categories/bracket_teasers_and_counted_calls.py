"""Bracketed teaser labels and head-count newsletter calls, in all nine languages, each named.

``CHROME`` holds, per language and per category, lines that survived the
rules before: a teaser label from the language's label list inside ``[…]``
or ``(…)`` before the headline of another article (or alone), and a
newsletter call that leads with the number of people already signed up and
promises the newsletter, the inbox or new stories by e-mail.  Each is
cleaned between two article paragraphs, with every pack on, and must go.
``TRAPS`` holds, per language and category, content that uses the same
words and must stay: an agency dateline or an editor's note in brackets
before the article's own sentence, a label in brackets before a sentence
(lower case first, or a full stop after a label that also heads
sentences), and a head count of runners or volunteers with no newsletter.
"""

from __future__ import annotations

CHROME: dict[str, dict[str, list[str]]] = {
    "en": {
        "bracketed-teaser": [
            "[Related] Ten things to know before you buy a heat pump",
            "(READ MORE) Why the bridge came down in the storm",
            "[See also] The best walks in the Lake District",
            "[VIDEO] Firefighters rescue a cat from a tree",
            "[Don't miss] 12 budget recipes for a family of four",
            "(Editor's picks) What the new tax rules mean for you",
            "[Recommended]",
        ],
        "counted-newsletter-call": [
            "JOIN 60,000+ GARDENERS and get seasonal tips by email",
            "Join 25,000 parents who get our weekly newsletter.",
            "Join more than 8,000 runners and receive new training plans straight to your inbox",
        ],
    },
    "de": {
        "bracketed-teaser": [
            "[Lesen Sie auch] Warum die Mieten in München weiter steigen",
            "(Das könnte Sie auch interessieren) Die besten Radwege am Bodensee",
            "[Mehr zum Thema] So teuer wird der Winter",
            "[BILDERGALERIE] Die schönsten Fotos vom Oktoberfest",
        ],
        "counted-newsletter-call": [
            "Schließen Sie sich über 30.000 Leserinnen und Lesern an und erhalten Sie den Newsletter jeden Freitag.",
            "Schließe dich 12.000 Gärtnern an und bekomme jede Woche neue Tipps per Mail",
        ],
    },
    "fr": {
        "bracketed-teaser": [
            "[LIRE AUSSI] Pourquoi les loyers flambent à Lyon",
            "(À lire aussi) Les dix plus belles plages de Bretagne",
            "[Voir aussi] Ce que change la réforme des retraites",
            "[Sur le même sujet]",
        ],
        "counted-newsletter-call": [
            "Rejoignez les 30 000 lecteurs qui reçoivent notre lettre d'information chaque matin.",
            "Rejoignez plus de 12 000 jardiniers et recevez nos conseils par e-mail",
        ],
    },
    "es": {
        "bracketed-teaser": [
            "[Lee también] Por qué sube el precio del alquiler en Valencia",
            "(Te puede interesar) Las diez playas más bonitas de Galicia",
            "[Noticia relacionada] Qué cambia con la reforma de las pensiones",
            "[Lo más leído]",
        ],
        "counted-newsletter-call": [
            "Únete a más de 30.000 lectores que reciben nuestra newsletter cada mañana.",
            "Súmate a 12.000 jardineros y recibe nuestros consejos por correo",
        ],
    },
    "it": {
        "bracketed-teaser": [
            "[Leggi anche] Perché gli affitti salgono a Milano",
            "(Potrebbe interessarti) Le dieci spiagge più belle della Sardegna",
            "[Vedi anche] Cosa cambia con la riforma delle pensioni",
            "[Da non perdere]",
        ],
        "counted-newsletter-call": [
            "Unisciti a oltre 30.000 lettori che ricevono la nostra newsletter ogni mattina.",
            "Unisciti a 12.000 giardinieri e ricevi i nostri consigli via email",
        ],
    },
    "pt": {
        "bracketed-teaser": [
            "[Leia também] Por que as rendas sobem em Lisboa",
            "(Veja também) As dez praias mais bonitas do Algarve",
            "[Saiba mais] O que muda com a reforma das pensões",
        ],
        "counted-newsletter-call": [
            "Junte-se a mais de 30.000 leitores que recebem a nossa newsletter todas as manhãs.",
            "Junte-se a 12.000 jardineiros e receba as nossas dicas por e-mail",
        ],
    },
    "nl": {
        "bracketed-teaser": [
            "[Lees ook] Waarom de huren in Utrecht blijven stijgen",
            "(Ook interessant) De tien mooiste stranden van Zeeland",
            "[Meer over dit onderwerp] Wat de nieuwe belastingregels betekenen",
            "[FOTO'S] De mooiste beelden van Koningsdag",
        ],
        "counted-newsletter-call": [
            "Sluit je aan bij ruim 30.000 lezers die elke ochtend onze nieuwsbrief ontvangen.",
            "Sluit je aan bij 12.000 tuiniers en krijg elke week nieuwe tips per mail",
        ],
    },
    "sv": {
        "bracketed-teaser": [
            "[Läs också] Därför stiger hyrorna i Göteborg",
            "(Läs även) De tio vackraste stränderna på Gotland",
            "[Mer om ämnet] Vad de nya skattereglerna betyder",
            "[BILDER] Midsommarfirandet i Leksand",
        ],
        "counted-newsletter-call": [
            "Gå med över 30 000 läsare som får vårt nyhetsbrev varje morgon.",
            "Anslut dig till 12 000 trädgårdsvänner och få nya tips via mejl",
        ],
    },
    "fi": {
        "bracketed-teaser": [
            "[Lue myös] Miksi vuokrat nousevat Tampereella",
            "(Katso myös) Suomen kymmenen kauneinta rantaa",
            "[Aiheesta lisää] Mitä uudet verosäännöt tarkoittavat",
            "[KUVAT] Juhannus Kalajoella",
        ],
        "counted-newsletter-call": [
            "Liity yli 30 000 lukijan joukkoon ja saat uutiskirjeemme joka aamu.",
            "Liity 12 000 puutarhurin joukkoon, niin saat uudet vinkit sähköpostiisi",
        ],
    },
}

TRAPS: dict[str, dict[str, list[str]]] = {
    "en": {
        "bracketed-teaser": [
            "(Reuters) The council voted on Tuesday to close the bridge.",
            "[Updated] The council voted on Tuesday to close the bridge.",
            "[Related to the case, police said] the man was arrested on Monday.",
            "[Related] the two cases were linked, police said, after DNA tests.",
            "(Sponsored) The fair drew thousands of visitors this year.",
        ],
        "counted-newsletter-call": [
            "Join 40,000 runners in the city marathon next spring.",
            "Join 300 volunteers who read stories to children at the library.",
            "Join 500 neighbours who sent an email to the council to object.",
        ],
    },
    "de": {
        "bracketed-teaser": [
            "(dpa) Der Stadtrat hat am Dienstag beschlossen, die Brücke zu schließen.",
            "[Aktualisiert] Der Stadtrat hat am Dienstag beschlossen, die Brücke zu schließen.",
            "[Lesen Sie auch] die Stellungnahme des Ministers, sagte der Sprecher.",
            "[Mehr zum Thema] Die Regierung hat am Montag beschlossen, die Steuern zu senken.",
        ],
        "counted-newsletter-call": [
            "Schließen Sie sich 20.000 Läufern an und laufen Sie beim Stadtmarathon im Frühjahr mit.",
            "Schließen Sie sich den 300 Freiwilligen an, die Kindern in der Bibliothek Geschichten vorlesen.",
        ],
    },
    "fr": {
        "bracketed-teaser": [
            "(AFP) Le conseil municipal a voté mardi la fermeture du pont.",
            "[Mis à jour] Le conseil municipal a voté mardi la fermeture du pont.",
            "[À lire aussi] le rapport de la commission, a précisé le ministre.",
            "[Voir aussi] Le gouvernement a décidé lundi de baisser les impôts.",
        ],
        "counted-newsletter-call": [
            "Rejoignez les 40 000 coureurs du marathon de Paris au printemps prochain.",
            "Rejoignez les 300 bénévoles qui lisent des histoires aux enfants de la bibliothèque.",
        ],
    },
    "es": {
        "bracketed-teaser": [
            "(EFE) El pleno municipal votó el martes el cierre del puente.",
            "[Actualizado] El pleno municipal votó el martes el cierre del puente.",
            "[Lee también] el informe de la comisión, precisó el ministro.",
            "[Ver también] El Gobierno decidió el lunes bajar los impuestos.",
        ],
        "counted-newsletter-call": [
            "Únete a los 40.000 corredores del maratón de Madrid la próxima primavera.",
            "Únete a los 300 voluntarios que leen historias a los niños en la biblioteca.",
        ],
    },
    "it": {
        "bracketed-teaser": [
            "(ANSA) Il consiglio comunale ha votato martedì la chiusura del ponte.",
            "[Aggiornato] Il consiglio comunale ha votato martedì la chiusura del ponte.",
            "[Leggi anche] la relazione della commissione, ha precisato il ministro.",
            "[Vedi anche] Il governo ha deciso lunedì di abbassare le tasse.",
        ],
        "counted-newsletter-call": [
            "Unisciti ai 40.000 corridori della maratona di Roma la prossima primavera.",
            "Unisciti ai 300 volontari che leggono storie ai bambini in biblioteca.",
        ],
    },
    "pt": {
        "bracketed-teaser": [
            "(Lusa) A câmara municipal votou na terça-feira o encerramento da ponte.",
            "[Atualizado] A câmara municipal votou na terça-feira o encerramento da ponte.",
            "[Leia também] o relatório da comissão, precisou o ministro.",
            "[Saiba mais] O governo decidiu na segunda-feira baixar os impostos.",
        ],
        "counted-newsletter-call": [
            "Junte-se aos 40.000 corredores da maratona de Lisboa na próxima primavera.",
            "Junte-se aos 300 voluntários que leem histórias às crianças na biblioteca.",
        ],
    },
    "nl": {
        "bracketed-teaser": [
            "(ANP) De gemeenteraad heeft dinsdag besloten de brug te sluiten.",
            "[Update] De gemeenteraad heeft dinsdag besloten de brug te sluiten.",
            "[Lees ook] het rapport van de commissie, zei de minister.",
            "[Ook interessant] De regering heeft maandag besloten de belastingen te verlagen.",
        ],
        "counted-newsletter-call": [
            "Sluit je aan bij 15.000 lopers tijdens de marathon van Rotterdam volgend voorjaar.",
            "Sluit je aan bij 300 vrijwilligers die kinderen in de bibliotheek verhalen voorlezen.",
        ],
    },
    "sv": {
        "bracketed-teaser": [
            "(TT) Kommunfullmäktige beslutade på tisdagen att stänga bron.",
            "[Uppdaterad] Kommunfullmäktige beslutade på tisdagen att stänga bron.",
            "[Läs också] kommissionens rapport, sa ministern.",
            "[Mer om ämnet] Regeringen beslutade på måndagen att sänka skatterna.",
        ],
        "counted-newsletter-call": [
            "Gå med 10 000 löpare i Stockholm Marathon nästa vår.",
            "Anslut dig till 300 volontärer som läser berättelser för barnen på biblioteket.",
        ],
    },
    "fi": {
        "bracketed-teaser": [
            "(STT) Valtuusto päätti tiistaina sulkea sillan.",
            "[Päivitetty] Valtuusto päätti tiistaina sulkea sillan.",
            "[Lue myös] komission raportti, kertoi ministeri.",
            "[Aiheesta lisää] Hallitus päätti maanantaina laskea veroja.",
        ],
        "counted-newsletter-call": [
            "Liity yli 5 000 juoksijan joukkoon Helsinki City Runilla ensi keväänä.",
            "Liity 300 vapaaehtoisen joukkoon ja lue tarinoita lapsille kirjastossa.",
        ],
    },
}
