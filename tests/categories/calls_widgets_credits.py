"""Calls, widgets and credits, in all nine languages, each named.

``CHROME`` holds, per language and per category, lines that survived the
rules before: the newsletter box's confirmation, its promise never to pass
the address on and a newsletter line led by a mail emoji; a row of page or
post links (previous, numbers, next; Blogger's newer, older, home) and skip
links; a save-to-Pinterest call; an app-download call (a phone emoji, the
app's availability in the stores, the call as an infinitive); the reading
time in its other wordings; a shop's was/now or instead-of price, an
instalment offer, the tax-and-shipping note and the cart button; a media
label in capitals before a headline; the print, e-mail-a-friend and
text-size toolbar; and a credit (a screenshot as the source, a name and an
agency in capitals without a colon, a credit in brackets).  Each is cleaned
between two article paragraphs, with every pack on, and must go.
``TRAPS`` holds, per language and category, content that uses the same
words and must stay: a price change told in a sentence, an app or a reading
time in a sentence, a label in lower case before a sentence, a bank's or a
fraudster's confirmation e-mail, a photo taken by a passer-by.
"""

from __future__ import annotations

CHROME: dict[str, dict[str, list[str]]] = {
    "en": {
        "newsletter-confirmation": [
            "Almost there! We've sent you a confirmation email.",
            "We will never share your email address with third parties. Unsubscribe anytime.",
            "📬 The Weekend Read – our best long stories in your inbox every Saturday",
        ],
        "pagination-and-skip": [
            "‹ Newer Posts | Home | Older Posts ›",
            "« Previous page 1 2 3 4 Next page »",
            "Skip to footer",
        ],
        "pin-call": [
            "Save this guide to your Pinterest board so you can come back to it later!",
            "Share this idea on Pinterest 📌",
        ],
        "app-download": [
            "Download our free app – available on the App Store and Google Play",
            "📱 Get breaking news alerts with our app",
            "The Example app is now available for iOS and Android.",
        ],
        "reading-time": [
            "⏱ 8–10 min read",
            "Est. reading time: 12 minutes",
        ],
        "shop-price-and-checkout": [
            "Regular price $89.00 Sale price $59.00 – Add to cart",
            "£24.99 £17.49 Sale · Add to bag",
            "Taxes included. Shipping calculated at checkout.",
        ],
        "media-label": [
            "VIDEO | Firefighters battle a blaze at a recycling plant",
            "IN PICTURES: The best of the Edinburgh Fringe",
        ],
        "print-and-email-toolbar": [
            "Print | Email this article | Text size A- A+",
            "Font size A A A",
        ],
        "credit": [
            "PHOTO SARAH LEE, THE GUARDIAN",
            "Source: screenshot from TikTok",
        ],
    },
    "de": {
        "newsletter-confirmation": [
            "Fast geschafft! Wir haben Ihnen eine E-Mail zur Bestätigung Ihrer Anmeldung geschickt.",
            "Deine Anmeldung war erfolgreich!",
            "Wir geben Ihre E-Mail-Adresse nicht an Dritte weiter. Sie können sich jederzeit abmelden.",
            "✉️ Der Wochenend-Newsletter: jeden Samstag die besten Geschichten",
        ],
        "pagination-and-skip": [
            "« Vorherige Seite 1 2 3 4 5 Nächste Seite »",
            "Neuere Posts Startseite Ältere Posts",
            "Direkt zur Suche",
            "Zum Hauptmenü springen",
        ],
        "pin-call": [
            "Merke dir dieses Rezept auf Pinterest 📌",
            "Jetzt auf Pinterest merken!",
        ],
        "app-download": [
            "Die App ist kostenlos für iOS und Android erhältlich.",
            "📱 Alle Nachrichten aus der Region in unserer App",
            "Jetzt unsere App herunterladen – kostenlos im App Store und bei Google Play",
        ],
        "reading-time": [
            "Lesedauer: ca. 7 Minuten",
            "⏱ 3 Min. Lesezeit",
        ],
        "shop-price-and-checkout": [
            "UVP 129,00 € – jetzt 89,00 € · In den Warenkorb",
            "Statt 24,99 € nur 17,99 € – solange der Vorrat reicht",
            "Steuern inklusive. Versandkosten werden im nächsten Schritt berechnet.",
        ],
        "media-label": [
            "FOTOSTRECKE | Die besten Bilder vom Karneval in Köln",
            "LIVEBLOG: Alle Ergebnisse der Landtagswahl",
        ],
        "print-and-email-toolbar": [
            "Drucken | Weiterempfehlen | Schriftgröße A- A+",
            "Textgröße anpassen",
        ],
        "credit": [
            "FOTO ANNA SCHMIDT, REUTERS",
            "Quelle: Screenshot TikTok",
        ],
    },
    "fr": {
        "newsletter-confirmation": [
            "Merci ! Un e-mail de confirmation vient de vous être envoyé.",
            "Votre inscription à la newsletter a bien été enregistrée.",
            "Nous ne céderons jamais votre adresse e-mail à des tiers.",
            "📩 L'essentiel de l'actu locale, chaque soir dans votre boîte mail",
        ],
        "pagination-and-skip": [
            "« Précédent 1 2 3 … 14 Suivant »",
            "Message plus récent Accueil Message plus ancien",
            "Aller à la recherche",
        ],
        "pin-call": [
            "Épinglez cette idée sur Pinterest pour ne pas la perdre 📌",
            "N'oubliez pas d'épingler ce tuto sur Pinterest !",
        ],
        "app-download": [
            "📱 Suivez l'actualité en direct avec notre application",
            "L'application est désormais disponible sur l'App Store et Google Play.",
        ],
        "reading-time": [
            "Lecture : 6 min",
            "⏱ 4 min de lecture",
        ],
        "shop-price-and-checkout": [
            "Prix barré 89,00 € – maintenant 59,00 € · Ajouter au panier",
            "24,99 € au lieu de 34,99 € – en stock",
            "Taxes comprises. Les frais de port sont calculés à l'étape suivante.",
        ],
        "media-label": [
            "EN IMAGES. Les plus belles photos du Tour de France",
            "DIRECT | Suivez le discours du Premier ministre",
        ],
        "print-and-email-toolbar": [
            "Imprimer | Envoyer par e-mail | Taille du texte A- A+",
            "Réduire la taille du texte",
        ],
        "credit": [
            "PHOTO PATRICK SANFAÇON, ARCHIVES LA PRESSE",
            "Capture d'écran TikTok",
            "(photo de Marie Martin / Reuters)",
        ],
    },
    "es": {
        "newsletter-confirmation": [
            "¡Listo! Te hemos enviado un email para confirmar tu suscripción.",
            "¡Ya estás suscrito!",
            "Tu correo electrónico nunca será compartido con terceros.",
            "📩 Recibí cada mañana en tu correo el resumen de noticias",
        ],
        "pagination-and-skip": [
            "« Anterior 1 2 3 … 10 Siguiente »",
            "Entradas más recientes Página principal Entradas antiguas",
            "Saltar a la navegación principal",
        ],
        "pin-call": [
            "¡Guarda esta idea en Pinterest para no perderla! 📌",
            "No olvides pinear esta receta en Pinterest",
        ],
        "app-download": [
            "📱 Lee todas las noticias en nuestra app",
            "Nuestra aplicación ya está disponible en App Store y Google Play.",
        ],
        "reading-time": [
            "Lectura: 3 min",
            "⏱ 6 minutos de lectura",
        ],
        "shop-price-and-checkout": [
            "Antes $ 24.999 Ahora $ 17.999 – Añadir al carrito",
            "$ 8.999 en hasta 6 cuotas sin interés",
            "IVA incluido. Los gastos de envío se calculan al finalizar la compra.",
        ],
        "media-label": [
            "FOTOS | Las mejores imágenes de la Feria de Abril",
            "EN DIRECTO: Sigue el sorteo de la Lotería de Navidad",
            "Mirá también: Así quedó el estadio tras la reforma",
        ],
        "print-and-email-toolbar": [
            "Imprimir | Enviar por email | Tamaño de fuente A- A+",
            "Reducir tamaño de letra",
        ],
        "credit": [
            "FOTO MARÍA GARCÍA, ARCHIVO CLARÍN",
            "Fuente: captura de pantalla de TikTok",
            "(foto de María García / AFP)",
        ],
    },
    "it": {
        "newsletter-confirmation": [
            "Perfetto! Controlla la tua casella di posta per confermare l'iscrizione.",
            "Riceverai a breve un'email di conferma.",
            "Il tuo indirizzo email non verrà mai ceduto a terzi.",
            "📬 La newsletter del venerdì: le storie migliori della settimana",
        ],
        "pagination-and-skip": [
            "« Precedente 1 2 3 … 7 Successivo »",
            "Post più recenti Home page Post più vecchi",
            "Vai direttamente ai contenuti",
        ],
        "pin-call": [
            "Salva questa idea su Pinterest per ritrovarla! 📌",
            "Non dimenticare di salvare la ricetta su Pinterest",
        ],
        "app-download": [
            "📱 Tutte le notizie sempre con te nella nostra app",
            "L'applicazione è disponibile gratuitamente su App Store e Google Play.",
        ],
        "reading-time": [
            "Lettura: 5 min",
            "⏱ 3 minuti di lettura",
        ],
        "shop-price-and-checkout": [
            "Prezzo consigliato 89,00 € ora 59,00 € – Acquista ora",
            "Tasse incluse. Le spese di spedizione sono calcolate al checkout.",
            "499 € in 4 rate senza interessi",
        ],
        "media-label": [
            "FOTOGALLERY | Le immagini più belle del Palio di Siena",
            "IN DIRETTA: Segui la conferenza stampa del governo",
        ],
        "print-and-email-toolbar": [
            "Stampa | Invia per email | Dimensione del testo A- A+",
            "Ingrandisci il testo",
        ],
        "credit": [
            "FOTO LAPRESSE/GIANNI BIANCHI",
            "Fonte: schermata Instagram",
            "(foto di Gianni Bianchi / Ansa)",
        ],
    },
    "pt": {
        "newsletter-confirmation": [
            "Pronto! Verifique sua caixa de entrada para confirmar a inscrição.",
            "Inscrição realizada com sucesso!",
            "Nunca compartilharemos seu e-mail com terceiros.",
            "📩 As notícias mais lidas do dia, toda noite no seu e-mail",
        ],
        "pagination-and-skip": [
            "« Anterior 1 2 3 … 9 Próxima »",
            "Postagem mais recente Início Postagem mais antiga",
            "Pular para a navegação",
        ],
        "pin-call": [
            "Salve esta ideia no Pinterest para não perder! 📌",
            "Não se esqueça de salvar a receita no Pinterest",
        ],
        "app-download": [
            "📱 Baixe o app e leia as notícias offline",
            "A nossa aplicação está disponível na App Store e no Google Play.",
        ],
        "reading-time": [
            "Leitura: 4 min",
            "⏱ 7 minutos de leitura",
        ],
        "shop-price-and-checkout": [
            "De R$ 249,90 por R$ 179,90 – Comprar agora",
            "R$ 1.999,00 em até 10x de R$ 199,90 sem juros",
            "Impostos incluídos. O frete é calculado no checkout.",
        ],
        "media-label": [
            "ASSISTA: O momento em que o avião pousa no Rio",
            "FOTOS | As imagens do Carnaval de Salvador",
            "📌 Confira: Os 10 filmes mais vistos da semana",
        ],
        "print-and-email-toolbar": [
            "Imprimir | Enviar por e-mail | Tamanho do texto A- A+",
            "Diminuir fonte",
        ],
        "credit": [
            "FOTO PEDRO SOUZA, ARQUIVO FOLHAPRESS",
            "Reprodução/TikTok",
            "(foto de Pedro Souza / Agência Brasil)",
        ],
    },
    "nl": {
        "newsletter-confirmation": [
            "Top! We hebben je een e-mail met een bevestigingslink gestuurd.",
            "Je aanmelding is geslaagd.",
            "We verkopen je gegevens nooit aan derden. Afmelden kan met één klik.",
            "📬 De zaterdageditie: elke week de beste verhalen in je mailbox",
        ],
        "pagination-and-skip": [
            "« Vorige 1 2 3 … 6 Volgende »",
            "Nieuwere post Startpagina Oudere post",
            "Naar hoofdinhoud",
        ],
        "pin-call": [
            "Pin dit recept voor later op je Pinterest-bord 📌",
            "Bewaar deze tips op Pinterest!",
        ],
        "app-download": [
            "📱 Lees het laatste nieuws in onze app",
            "De app is gratis te downloaden in de App Store en Google Play.",
        ],
        "reading-time": [
            "Leesduur: 5 minuten",
            "⏱ 4 min leestijd",
        ],
        "shop-price-and-checkout": [
            "Van € 129,00 voor € 89,00 – In de winkelmand",
            "Inclusief btw. Verzendkosten worden berekend in de volgende stap.",
            "€ 1.299 of in 3 termijnen",
        ],
        "media-label": [
            "BEKIJK | De eerste beelden van de nieuwe brug",
            "IN BEELD: De mooiste foto's van de Elfstedentocht",
        ],
        "print-and-email-toolbar": [
            "Artikel printen | Doorsturen | Lettergrootte A- A+",
            "Tekst vergroten",
        ],
        "credit": [
            "FOTO PIETER DE VRIES, ANP",
            "Bron: schermafbeelding TikTok",
            "(foto van Pieter de Vries / ANP)",
        ],
    },
    "sv": {
        "newsletter-confirmation": [
            "Nästan klart! Kolla din inkorg och bekräfta din e-postadress.",
            "Du får strax ett bekräftelsemejl.",
            "Din e-postadress delas aldrig med tredje part.",
            "📩 Veckans bästa läsning – varje söndag i din inkorg",
        ],
        "pagination-and-skip": [
            "« Föregående 1 2 3 … 8 Nästa »",
            "Nyare inlägg Startsida Äldre inlägg",
            "Hoppa direkt till innehållet",
        ],
        "pin-call": [
            "Pinna det här receptet på Pinterest 📌",
            "Spara idén på Pinterest till senare!",
        ],
        "app-download": [
            "📱 Ladda ner vår nyhetsapp och få pushnotiser",
            "Appen finns gratis i App Store och Google Play.",
        ],
        "reading-time": [
            "Lästid: ca 6 minuter",
            "⏱ 4 minuters läsning",
        ],
        "shop-price-and-checkout": [
            "Nu 1 299 kr (ord. pris 1 799 kr) – Köp nu",
            "Inkl. moms. Frakten beräknas i kassan.",
            "Ord. pris 399 kr – Nu 299 kr – Lägg i varukorgen",
        ],
        "media-label": [
            "SE VIDEON | Bron som rasade i stormen",
            "BILDER: Årets vackraste Luciatåg",
        ],
        "print-and-email-toolbar": [
            "Skriv ut | Tipsa en vän via e-post | Textstorlek A- A+",
            "Större text",
        ],
        "credit": [
            "FOTO ERIK LARSSON, TT",
            "Källa: skärmdump från TikTok",
            "(foto av Erik Larsson / TT)",
        ],
    },
    "fi": {
        "newsletter-confirmation": [
            "Kiitos! Saat pian vahvistusviestin sähköpostiisi.",
            "Uutiskirjeen tilauksesi on vahvistettu.",
            "Sähköpostiosoitettasi ei luovuteta kolmansille osapuolille.",
            "📩 Viikon parhaat jutut sunnuntaisin sähköpostiisi",
        ],
        "pagination-and-skip": [
            "« Edellinen 1 2 3 … 5 Seuraava »",
            "Uudempi teksti Etusivu Vanhempi teksti",
            "Siirry päävalikkoon",
        ],
        "pin-call": [
            "Tallenna ohje Pinterestiin myöhempää varten 📌",
            "Pinnaa tämä resepti!",
        ],
        "app-download": [
            "📱 Lue uutiset sovelluksessamme",
            "Sovellus on ilmaiseksi saatavilla App Storesta ja Google Playsta.",
        ],
        "reading-time": [
            "Lukuaika noin 6 minuuttia",
            "⏱ 4 min lukuaika",
        ],
        "shop-price-and-checkout": [
            "Nyt 49,90 € (ovh. 69,90 €) – Osta nyt",
            "Sis. ALV. Toimituskulut lasketaan kassalla.",
            "Norm. 69,90 € – nyt 49,90 € – Lisää ostoskoriin",
        ],
        "media-label": [
            "KATSO | Näin myrsky kaatoi puita Helsingissä",
            "KUVAT: Vuoden hienoimmat revontulet",
        ],
        "print-and-email-toolbar": [
            "Tulosta | Lähetä sähköpostilla | Tekstikoko A- A+",
            "Pienennä tekstiä",
        ],
        "credit": [
            "KUVA PEKKA VIRTANEN, LEHTIKUVA",
            "Lähde: kuvakaappaus TikTokista",
            "(kuva Pekka Virtanen / Lehtikuva)",
        ],
    },
}

TRAPS: dict[str, dict[str, list[str]]] = {
    "en": {
        "newsletter-confirmation": [
            "Thanks to the confirmation email, the fraud was discovered within an hour.",
            "Your data will never be shared, the bank promised, but it was sold a year later.",
            "✉️ Letters to the editor should be no longer than 300 words.",
        ],
        "pagination-and-skip": [
            "Older posts on the forum were deleted after the hack, the moderators said.",
            "Skip to the last chapter if you only want the ending.",
        ],
        "pin-call": [
            "Pin the hem before you sew it, and save the offcuts for later.",
            "Share this recipe on Pinterest, the chef urged her followers, and thousands did.",
        ],
        "app-download": [
            "The app was downloaded two million times in its first week.",
            "The app is available on iOS only, the company said in a statement.",
            "📱 Phones will be banned in classrooms from September.",
        ],
        "reading-time": [
            "Reading time for the whole novel is about nine hours, the publisher says.",
            "The 4 min read limit was dropped by the editors last year.",
        ],
        "shop-price-and-checkout": [
            "Prices rose from €39.99 to €49.99 in a year.",
            "Was it worth $30? Now I doubt it.",
        ],
        "media-label": [
            "Video. Then audio. Then nothing at all.",
            "Live: that was the word on every poster.",
        ],
        "print-and-email-toolbar": [
            "Text size matters more than colour, the designer said.",
            "Print the form and email it to the council by Friday.",
        ],
        "credit": [
            "The photo was taken by a passer-by in Liège.",
            "PHOTO FINISH",
        ],
    },
    "de": {
        "newsletter-confirmation": [
            "Wir haben Ihnen eine Bestätigungsmail geschickt, hieß es in der gefälschten Nachricht.",
            "Ihre Daten werden nicht weitergegeben, versprach der Konzern, doch das stimmte nicht.",
        ],
        "pagination-and-skip": [
            "Ältere Beiträge im Forum wurden nach dem Angriff gelöscht.",
            "Die nächste Seite des Berichts listet die Kosten auf.",
        ],
        "pin-call": [
            "Teile dieses Rezept auf Pinterest hatten am Ende 2.000 Nutzer gespeichert.",
            "Merk dir das, sagte die Großmutter, und pinne den Zettel an die Tür.",
        ],
        "app-download": [
            "Die App wurde in der ersten Woche zwei Millionen Mal heruntergeladen.",
            "Die App ist im App Store nicht mehr zu finden, berichtet die Zeitung.",
        ],
        "reading-time": [
            "Die Lesedauer für den ganzen Roman liegt bei etwa neun Stunden, sagt der Verlag.",
            "Nach 4 Minuten Lesezeit gaben die meisten Testpersonen auf.",
        ],
        "shop-price-and-checkout": [
            "Die Preise stiegen in einem Jahr von 39,99 € auf 49,99 €.",
            "Statt 49,99 € zahlten Kunden am Ende nur 29,99 €, sagt die Verbraucherzentrale.",
        ],
        "media-label": [
            "Das Video war sein Hobby, sagt der Vater.",
            "Live ist die Band am besten, sagt der Kritiker.",
        ],
        "print-and-email-toolbar": [
            "Die Schriftgröße im Vertrag war winzig, kritisiert die Verbraucherzentrale.",
            "Er empfahl das Buch per E-Mail an alle Kollegen weiter.",
        ],
        "credit": [
            "Das Foto machte ein Passant in Lüttich.",
            "Screenshots aus dem Chat wurden im Prozess gezeigt.",
        ],
    },
    "fr": {
        "newsletter-confirmation": [
            "Un e-mail de confirmation vous a été envoyé, assure la banque, qui dément toute fraude.",
            "Votre adresse ne sera pas communiquée au propriétaire, a promis l'agence.",
        ],
        "pagination-and-skip": [
            "Les articles plus anciens restent en ligne, précise la rédaction.",
            "Aller au contenu du rapport prendra des semaines, selon les experts.",
        ],
        "pin-call": [
            "Épinglez la carte au mur avant de partir, conseille le guide.",
            "Partagez cette recette sur Pinterest, avait lancé la blogueuse, et 10 000 personnes l'ont fait.",
        ],
        "app-download": [
            "L'application a été téléchargée deux millions de fois la première semaine.",
            "L'application est disponible sur iOS seulement depuis mardi, selon l'éditeur.",
        ],
        "reading-time": [
            "Le temps de lecture du roman entier est d'environ neuf heures, selon l'éditeur.",
            "La photo a été prise par un passant à Liège.",
        ],
        "shop-price-and-checkout": [
            "Les prix sont passés de 39,99 € à 49,99 € en un an.",
            "Avant 2020, le loyer était de 800 € ; maintenant il est de 1 100 €.",
        ],
        "media-label": [
            "Vidéo. Puis audio. Puis plus rien.",
            "En direct de Lyon, le présentateur a salué les supporters.",
        ],
        "print-and-email-toolbar": [
            "La taille du texte de loi a doublé en dix ans, selon le Sénat.",
            "Il faut imprimer le formulaire et l'envoyer par e-mail avant vendredi.",
        ],
        "credit": [
            "La photo a été prise par un passant à Liège.",
            "Capture d'écran d'une vidéo tournée par un passant à Liège, le 3 mars.",
        ],
    },
    "es": {
        "newsletter-confirmation": [
            "Nunca compartiremos tus datos con terceros, prometió la empresa tras la filtración.",
            "Recibí en mi correo una carta del banco que parecía real.",
        ],
        "pagination-and-skip": [
            "Las entradas más antiguas del blog se borraron en 2015.",
            "Ir al contenido de la ley lleva tiempo, dijo el juez.",
        ],
        "pin-call": [
            "Guarda la receta para después de la cena, le dijo su madre.",
            "Comparte esta receta en Pinterest, pidió la cocinera, y miles lo hicieron.",
        ],
        "app-download": [
            "La aplicación se descargó dos millones de veces en su primera semana.",
            "La aplicación está disponible en iOS desde el martes, según la empresa.",
        ],
        "reading-time": [
            "El tiempo de lectura de la novela completa es de unas nueve horas, dice la editorial.",
            "Los precios subieron de 39,99 € a 49,99 € en un año.",
        ],
        "shop-price-and-checkout": [
            "Los precios subieron de 39,99 € a 49,99 € en un año.",
            "Antes $ 12.999 costaba el kilo, ahora cuesta $ 18.000, contó la vecina.",
        ],
        "media-label": [
            "Vídeo: así lo llamaban en el barrio, contó su madre.",
            "Mira también cómo se hace, le dijo el maestro al aprendiz.",
        ],
        "print-and-email-toolbar": [
            "El tamaño de la letra del contrato era minúsculo, denunció la asociación.",
            "Hay que imprimir el formulario y enviarlo por correo antes del viernes.",
        ],
        "credit": [
            "La foto la tomó un transeúnte en Lieja.",
            "Captura del narcotraficante en Sinaloa",
        ],
    },
    "it": {
        "newsletter-confirmation": [
            "Non condivideremo mai i tuoi dati con nessuno, ha assicurato il presidente.",
            "Ti abbiamo inviato un messaggio di conferma, diceva il truffatore al telefono.",
        ],
        "pagination-and-skip": [
            "I post più vecchi restano online, spiega la redazione.",
            "Passa al contenuto della legge, disse il giudice al testimone.",
        ],
        "pin-call": [
            "Salva la ricetta su Pinterest, ha detto la cuoca, e migliaia di persone lo hanno fatto.",
            "Metti il vaso sulla tua bacheca per dopo cena.",
        ],
        "app-download": [
            "L'app è stata scaricata due milioni di volte nella prima settimana.",
            "L'app è disponibile su iOS da martedì, ha detto l'azienda.",
        ],
        "reading-time": [
            "Il tempo di lettura del romanzo intero è di circa nove ore, dice l'editore.",
            "Dopo 4 minuti di lettura, metà dei partecipanti si è fermata.",
        ],
        "shop-price-and-checkout": [
            "I prezzi sono saliti da 39,99 € a 49,99 € in un anno.",
            "Prima 800 € di affitto, ora 1.100 €: così vivono gli studenti a Milano.",
        ],
        "media-label": [
            "Guarda il video, disse il regista, e dimmi cosa ne pensi.",
            "Foto di famiglia: così si presentava il paese nel 1950.",
        ],
        "print-and-email-toolbar": [
            "La dimensione del testo di legge è raddoppiata in dieci anni.",
            "Bisogna stampare il modulo e inviarlo per email entro venerdì.",
        ],
        "credit": [
            "La foto è stata scattata da un passante a Liegi.",
            "Schermata nera: così il computer si è spento, racconta lo studente.",
        ],
    },
    "pt": {
        "newsletter-confirmation": [
            "Não compartilhamos seus dados com terceiros, afirmou a empresa em nota.",
            "Enviamos um e-mail de confirmação, disse o banco, mas o cliente nunca o recebeu.",
        ],
        "pagination-and-skip": [
            "As postagens mais antigas do blog foram apagadas em 2015.",
            "Ir ao conteúdo da lei leva tempo, disse o juiz.",
        ],
        "pin-call": [
            "Guarde o pão para depois do almoço, disse a avó.",
            "Salve a receita no Pinterest, disse a chef, e milhares fizeram isso.",
        ],
        "app-download": [
            "O aplicativo foi baixado dois milhões de vezes na primeira semana.",
            "O aplicativo está disponível para iOS desde terça-feira, segundo a empresa.",
        ],
        "reading-time": [
            "O tempo de leitura do romance inteiro é de cerca de nove horas, diz a editora.",
            "Depois de 4 minutos de leitura, metade dos alunos parou.",
        ],
        "shop-price-and-checkout": [
            "Os preços subiram de R$ 39,99 para R$ 49,99 em um ano.",
            "De R$ 2 mil por mês, o aluguel passou a R$ 3 mil em 2023.",
        ],
        "media-label": [
            "Confira: o prazo termina na sexta-feira, avisou a Receita.",
            "Vídeo mostra o momento em que a ponte cai.",
        ],
        "print-and-email-toolbar": [
            "O tamanho da letra do contrato era minúsculo, denunciou o Procon.",
            "É preciso imprimir o formulário e enviá-lo por e-mail até sexta.",
        ],
        "credit": [
            "A foto foi tirada por um pedestre em Liège.",
            "Reprodução assistida ganha novas regras no SUS.",
        ],
    },
    "nl": {
        "newsletter-confirmation": [
            "We delen uw gegevens niet met derden, beloofde de bank haar klanten.",
            "We hebben u een bevestigingsmail gestuurd, zei de oplichter aan de telefoon.",
        ],
        "pagination-and-skip": [
            "Oudere berichten op het forum zijn verwijderd, zegt de beheerder.",
            "Naar de inhoud van het rapport wordt nog gekeken.",
        ],
        "pin-call": [
            "Pin dit bedrag voor later, zei de kassière.",
            "Deel het recept op Pinterest, riep de kok, en duizenden deden dat.",
        ],
        "app-download": [
            "De app werd in de eerste week twee miljoen keer gedownload.",
            "De app is beschikbaar voor iOS sinds dinsdag, meldt het bedrijf.",
        ],
        "reading-time": [
            "De leestijd van de hele roman is ongeveer negen uur, zegt de uitgever.",
            "Na 4 minuten leestijd haakte de helft van de lezers af.",
        ],
        "shop-price-and-checkout": [
            "De prijzen stegen in een jaar van € 39,99 naar € 49,99.",
            "Van € 800 huur gingen ze naar € 1.100, zegt de huurder.",
        ],
        "media-label": [
            "In beeld: zo noemde de fotograaf zijn eerste tentoonstelling.",
            "Kijk, zei ze, daar staat het huis.",
        ],
        "print-and-email-toolbar": [
            "De lettergrootte in het contract was piepklein, zegt de Consumentenbond.",
            "Je moet het formulier printen en per e-mail doorsturen.",
        ],
        "credit": [
            "De foto werd gemaakt door een voorbijganger in Luik.",
            "Screenshots van de chat werden in de rechtszaal getoond.",
        ],
    },
    "sv": {
        "newsletter-confirmation": [
            "Vi delar inte dina uppgifter med någon annan, lovade banken i ett brev.",
            "Få personer fick beskedet via mejl, uppger polisen.",
        ],
        "pagination-and-skip": [
            "Äldre inlägg på forumet har raderats, säger moderatorn.",
            "Äldre hem",
        ],
        "pin-call": [
            "Spara receptet på Pinterest gjorde över 2 000 läsare förra året.",
            "Dela den här kakan till senare i kväll.",
        ],
        "app-download": [
            "Appen laddades ner två miljoner gånger första veckan.",
            "Appen finns för iOS sedan i tisdags, uppger företaget.",
        ],
        "reading-time": [
            "Lästiden för hela romanen är ungefär nio timmar, säger förlaget.",
            "Efter 4 minuters läsning gav hälften av eleverna upp.",
        ],
        "shop-price-and-checkout": [
            "Priserna steg från 39,99 € till 49,99 € på ett år.",
            "Nu 499 kr kostar biljetten, mot 300 kr förra året.",
        ],
        "media-label": [
            "Direkt: så kallade hon sin stil, berättar kollegan.",
            "Bilder från resan visades på mötet.",
        ],
        "print-and-email-toolbar": [
            "Textstorleken i avtalet var pytteliten, säger Konsumentverket.",
            "Skriv ut blanketten och skicka den via e-post före fredag.",
        ],
        "credit": [
            "Bilden togs av en förbipasserande i Liège.",
            "Skärmdumpar från chatten visades i rätten.",
        ],
    },
    "fi": {
        "newsletter-confirmation": [
            "Emme luovuta tietojasi eteenpäin, yhtiö vakuutti asiakkailleen.",
            "Saat vahvistusviestin, pankki kirjoitti, mutta viesti oli väärennetty.",
        ],
        "pagination-and-skip": [
            "Vanhemmat tekstit on poistettu foorumilta, ylläpitäjä kertoo.",
            "Seuraava sivu 3 kertoo kustannuksista.",
        ],
        "pin-call": [
            "Jaa resepti Pinterestiin ja Facebookiin, pyysi kokki, ja moni jakoi sen myöhemmin.",
            "Tallenna tiedosto ennen kuin suljet ohjelman.",
        ],
        "app-download": [
            "Sovellus ladattiin kaksi miljoonaa kertaa ensimmäisellä viikolla.",
            "Sovellus on saatavilla iOS-laitteille tiistaista alkaen, yhtiö kertoo.",
        ],
        "reading-time": [
            "Koko romaanin lukuaika on noin yhdeksän tuntia, kustantamo kertoo.",
            "Neljän minuutin lukuajan jälkeen puolet lukijoista lopetti.",
        ],
        "shop-price-and-checkout": [
            "Hinnat nousivat vuodessa 39,99 eurosta 49,99 euroon.",
            "Nyt 39,90 € maksava lippu maksoi viime vuonna 30 €.",
        ],
        "media-label": [
            "Suora lähetys: niin hän kutsui tyyliään, kollega kertoo.",
            "Katso, hän sanoi, tuolla on talo.",
        ],
        "print-and-email-toolbar": [
            "Tekstin koko sopimuksessa oli pienen pieni, kuluttajaliitto moittii.",
            "Tulosta lomake ja lähetä se sähköpostilla perjantaihin mennessä.",
        ],
        "credit": [
            "Kuvan otti ohikulkija Liègessä.",
            "Kuvakaappauksia keskustelusta näytettiin oikeudessa.",
        ],
    },
}
