"""A post's meta line with something after a separator, in all nine languages, each named.

A byline, a blog's post-meta line, a tag or category line and a meta line
with a count may carry more meta items after a bar, a dot or a dash (a date,
a time, a comment count, a category, "Leave a comment").  An extractor may
also glue the next paragraph onto such a line after the same separator.
``CHROME`` holds, per language and per category, meta lines with meta items
after the separator, in the wordings blogs and CMSs print: each must go.
``TRAPS`` holds the same lines with a sentence after the separator, in that
language's own wording: the whole line is content then, and must stay.
Categories: ``byline`` (``boilerplate/byline``), ``post-meta``
(``blog/post-meta``; in English ``blog/dated-byline``), ``tag-line``
(``navigation/tag-line``) and ``count`` (``blog/post-meta-count``, in the
languages that have it).
"""

from __future__ import annotations

CHROME: dict[str, dict[str, list[str]]] = {
    "en": {
        "byline": [
            "By Jane Smith | Published 22 February 2025, 10:42 GMT",
            "By Tom Baker - Staff Writer | Updated March 3, 2024",
            "By Jane Smith For Mailonline | 12:04 EST, 3 March 2024",
        ],
        "post-meta": [
            "Posted by Jane Smith at 3:45 PM | 3 comments",
            "Posted on June 5, 2014 by admin | Recipes, Baking | Leave a comment",
        ],
        "tag-line": ["Categories: News, Tech | Leave a comment", "Leave a Comment / Uncategorized / By admin"],
        "count": ["June 5, 2014 | 3 Comments | Recipes", "4 min read · Mar 3, 2024 · Politics"],
    },
    "de": {
        "byline": ["Von Anna Müller | 12. März 2013, 10:42 Uhr", "Autorin: Eva Schulz – Redakteurin Politik"],
        "post-meta": [
            "Eingestellt von Anna Schmidt um 15:45 | 3 Kommentare",
            "Veröffentlicht am 12. März 2013 von admin · Allgemein · Kommentar schreiben",
        ],
        "tag-line": ["Veröffentlicht in Allgemein | Schreibe einen Kommentar", "Schlagwörter: Urlaub, Sommer | Bearbeiten"],
    },
    "nl": {
        "byline": ["Door Jan de Vries | 12 maart 2013, 10:42", "Geschreven door admin | Nieuws | 3 reacties"],
        "post-meta": [
            "Geplaatst door Anna om 10:42 | Geen reacties",
            "Geplaatst op 12 maart 2013 door admin · Recepten · Geef een reactie",
        ],
        "tag-line": ["Geplaatst in Geen categorie | Geef een reactie", "Tags: vissen, meren | Bewerken"],
    },
    "sv": {
        "byline": ["Av Anna Svensson | 12 mars 2013 kl. 10:42", "Skrivet av admin | Okategoriserade | 2 kommentarer"],
        "post-meta": [
            "Upplagd av Anna kl. 21:14 | Inga kommentarer",
            "Publicerat den 12 mars 2013 av admin · Recept · Lämna en kommentar",
        ],
        "tag-line": ["Publicerat i Okategoriserade | Lämna en kommentar", "Taggar: strejk, SJ | Redigera"],
    },
    "fi": {
        "byline": ["Kirjoittanut admin | 12.3.2013 klo 10.42", "Teksti: Matti Virtanen | Kuvat: Liisa Korhonen"],
        "post-meta": ["Lähettänyt Liisa klo 21.14 | Ei kommentteja", "Kirjoittanut admin 12.3.2013 · Yleinen · Jätä kommentti"],
        "tag-line": ["Julkaistu kategoriassa Yleinen | Jätä kommentti", "Avainsanat: lakko, VR | Muokkaa"],
    },
    "fr": {
        "byline": ["Par Jean Dupont | Publié le 12 mars 2013 à 10h42", "Auteur : Marie Martin – Journaliste"],
        "post-meta": [
            "Publié par admin le 12 mars 2013 | Actualités | Laisser un commentaire",
            "Publié par Jean Dupont à 15:45 · 2 commentaires",
        ],
        "tag-line": ["Publié dans Non classé | Laisser un commentaire", "Classé dans : Cuisine | Tagué : tarte, pommes"],
        "count": ["12 mars 2013 · 3 commentaires · Recettes", "3 commentaires / Recettes / Par Jeanne"],
    },
    "es": {
        "byline": ["Por Juan Pérez | 12 de marzo de 2013, 10:42", "Autora: María López – Redactora"],
        "post-meta": [
            "Publicado por admin el 12 de marzo de 2013 | Noticias | Deja un comentario",
            "Publicado por Juan Pérez en 15:45 · 2 comentarios",
        ],
        "tag-line": ["Publicado en General | Deja un comentario", "Archivado en: Cocina | Etiquetas: tarta, manzanas"],
        "count": ["12 marzo, 2013 · 3 comentarios · Recetas", "3 comentarios / Recetas / Por Juana"],
    },
    "it": {
        "byline": ["Di Mario Rossi | 12 marzo 2013, 10:42", "Autrice: Giulia Bianchi – Redattrice"],
        "post-meta": [
            "Pubblicato da admin il 12 marzo 2013 | Notizie | Lascia un commento",
            "Pubblicato da Mario Rossi alle 15:45 · 2 commenti",
        ],
        "tag-line": ["Pubblicato in Senza categoria | Lascia un commento", "Archiviato in: Cucina | Tag: torta, mele"],
        "count": ["12 marzo 2013 · 3 commenti · Ricette", "3 commenti / Ricette / Di Giulia"],
    },
    "pt": {
        "byline": ["Por João Silva | 12 de março de 2013, 10:42", "Autora: Maria Santos – Repórter"],
        "post-meta": [
            "Publicado por admin em 12 de março de 2013 | Notícias | Deixe um comentário",
            "Postado por João Silva às 15:45 · 2 comentários",
        ],
        "tag-line": ["Publicado em Sem categoria | Deixe um comentário", "Arquivado em: Culinária | Tags: torta, maçã"],
        "count": ["12 de março de 2013 · 3 comentários · Receitas", "3 comentários / Receitas / Por Joana"],
    },
}

TRAPS: dict[str, dict[str, list[str]]] = {
    "en": {
        "byline": [
            "By Jane Smith | The council voted last night to close the bridge.",
            "By Tom Baker - He had spent forty years on the river before the flood took his home.",
        ],
        "post-meta": [
            "Posted by Jane Smith at 3:45 PM | The council has decided to close the bridge to all traffic for the winter.",
            "Posted on June 5, 2014 by admin · We finally finished the kitchen after three months of work.",
        ],
        "tag-line": [
            "Filed under Politics | The minister resigned on Tuesday after weeks of pressure.",
            "Tags: fishing, lakes | Then the lake froze over.",
            "Leave a comment / We read every one of them, and answer most.",
        ],
        "count": ["June 5, 2014 | 3 Comments | Readers asked why the bridge was closed.", "4 min read · Then it was over."],
    },
    "de": {
        "byline": [
            "Von Anna Müller | Der Gemeinderat hat gestern die Brücke gesperrt.",
            "Autorin: Eva Schulz – Sie lebt seit zwanzig Jahren in Köln.",
        ],
        "post-meta": [
            "Eingestellt von Anna Schmidt um 15:45 | Heute waren wir endlich am See, und das Wetter hat mitgespielt.",
            "Gepostet von Tom um 08:02 • Dann wurde die Brücke gesperrt.",
        ],
        "tag-line": [
            "Veröffentlicht in Allgemein | Wir sind gestern nach einer langen Reise wieder zu Hause angekommen.",
            "Schlagwörter: Urlaub | Dann kam der Regen.",
        ],
    },
    "nl": {
        "byline": [
            "Geschreven door Anna | De gemeente heeft gisteren besloten om de brug te sluiten voor al het verkeer.",
            "Door Jan de Vries | Toen ging de brug dicht.",
        ],
        "post-meta": [
            "Geplaatst door Anna om 10:42 | De gemeente heeft gisteren besloten om de brug te sluiten voor al het verkeer.",
            "Gepost door Jan de Vries op 15:45 · Vanochtend zijn we met de hele klas naar het museum geweest.",
        ],
        "tag-line": [
            "Geplaatst in Nieuws | De brug blijft de hele winter dicht voor al het verkeer.",
            "Tags: vissen, meren | De brug ging dicht.",
        ],
    },
    "sv": {
        "byline": [
            "Skrivet av admin | Kommunen beslutade i går att stänga bron för all trafik under vintern.",
            "Av Anna Svensson | Sedan stängdes bron helt.",
        ],
        "post-meta": [
            "Upplagd av Anna kl. 21:14 | Vi var äntligen vid sjön i dag och vädret var underbart.",
            "Postat av Erik tisdag 2013-03-12 kl 10:20 | Sedan stängdes bron helt.",
        ],
        "tag-line": [
            "Publicerat i Okategoriserade | Kommunen beslutade i går att stänga bron för all trafik.",
            "Taggar: strejk, SJ | Sedan stängdes bron helt.",
        ],
    },
    "fi": {
        "byline": [
            "Kirjoittanut admin | Kaupunginvaltuusto päätti eilen sulkea sillan.",
            "Teksti: Matti Virtanen | Sitten silta suljettiin.",
        ],
        "post-meta": [
            "Lähettänyt Matti Virtanen klo 15.45 | Sitten silta suljettiin.",
            "Lähettänyt Liisa klo 21.14 | Olimme vihdoin järvellä, ja sää oli upea koko päivän.",
        ],
        "tag-line": [
            "Julkaistu kategoriassa Yleinen | Kaupunginvaltuusto päätti eilen sulkea sillan.",
            "Avainsanat: lakko, VR | Sitten silta suljettiin.",
        ],
    },
    "fr": {
        "byline": [
            "Par Jean Dupont | Le conseil municipal a décidé hier de fermer le pont.",
            "Auteur : Marie Martin – Puis le pont a été fermé.",
        ],
        "post-meta": [
            "Publié par Jean Dupont à 15:45 | Nous sommes enfin allés au lac, et il a fait un temps magnifique.",
            "Publié par admin le 12 mars 2013 · Puis le pont a été fermé.",
        ],
        "tag-line": [
            "Publié dans Actualités | Le conseil municipal a décidé hier de fermer le pont.",
            "Classé dans : Cuisine | Tagué : tarte | Puis le pont a été fermé.",
        ],
        "count": ["12 mars 2013 · 3 commentaires · Puis le pont a été fermé.", "3 commentaires / Les lecteurs ont réagi très vite."],
    },
    "es": {
        "byline": [
            "Por Juan Pérez | El ayuntamiento decidió ayer cerrar el puente.",
            "Autora: María López – Luego el puente fue cerrado.",
        ],
        "post-meta": [
            "Publicado por Juan Pérez en 15:45 | Por fin fuimos al lago, y hizo un tiempo estupendo todo el día.",
            "Publicado por admin el 12 de marzo de 2013 · Luego el puente fue cerrado.",
        ],
        "tag-line": [
            "Publicado en Noticias | El ayuntamiento decidió ayer cerrar el puente.",
            "Archivado en: Cocina | Etiquetas: tarta | Luego el puente fue cerrado.",
        ],
        "count": ["12 marzo, 2013 · 3 comentarios · Luego el puente fue cerrado.", "3 comentarios / Los lectores reaccionaron enseguida."],
    },
    "it": {
        "byline": [
            "Di Mario Rossi | Il consiglio comunale ha deciso ieri di chiudere il ponte.",
            "Autrice: Giulia Bianchi – Poi il ponte è stato chiuso.",
        ],
        "post-meta": [
            "Pubblicato da Mario Rossi alle 15:45 | Finalmente siamo andati al lago, e il tempo è stato splendido.",
            "Pubblicato da admin il 12 marzo 2013 · Poi il ponte è stato chiuso.",
        ],
        "tag-line": [
            "Pubblicato in Notizie | Il consiglio comunale ha deciso ieri di chiudere il ponte.",
            "Archiviato in: Cucina | Tag: torta | Poi il ponte è stato chiuso.",
        ],
        "count": ["12 marzo 2013 · 3 commenti · Poi il ponte è stato chiuso.", "3 commenti / I lettori hanno reagito subito."],
    },
    "pt": {
        "byline": [
            "Por João Silva | A câmara municipal decidiu ontem fechar a ponte.",
            "Autora: Maria Santos – Depois a ponte foi fechada.",
        ],
        "post-meta": [
            "Postado por João Silva às 15:45 | Finalmente fomos ao lago, e o tempo esteve ótimo o dia todo.",
            "Publicado por admin em 12 de março de 2013 · Depois a ponte foi fechada.",
        ],
        "tag-line": [
            "Publicado em Notícias | A câmara municipal decidiu ontem fechar a ponte.",
            "Arquivado em: Culinária | Tags: torta | Depois a ponte foi fechada.",
        ],
        "count": ["12 de março de 2013 · 3 comentários · Depois a ponte foi fechada.", "3 comentários / Os leitores reagiram logo."],
    },
}
