"""Round 9 of the debris categories in French, Spanish, Italian and Portuguese, each named.

``CHROME`` holds, per language and per category of the round that was written
(embedded-content blockers and the short cookie sentence, newsletter
confirmations and promises, Pinterest save calls and share rows, advertisement
labels between rules), lines in the wordings that consent plugins, newsletter
forms, recipe themes and newspapers of each country print.  Each is cleaned
between two article paragraphs, with every pack on, and must go.  ``TRAPS``
holds, per language and category, sentences that use the same words as
content, and must stay.  The held-out sets of ``test_unseen_debris.py`` are
not read here.
"""

from __future__ import annotations

CHROME: dict[str, dict[str, list[str]]] = {
    "fr": {
        "consent": [
            "Ce contenu a été bloqué car vous avez refusé les cookies de YouTube.",
            "Afin de visualiser cette vidéo, veuillez autoriser le dépôt de cookies tiers.",
            "Contenu externe – acceptez les cookies pour afficher cette publication Instagram.",
            "Le contenu ne peut pas s'afficher sans votre consentement.",
        ],
        "newsletter": [
            "Merci de votre abonnement ! Consultez votre boîte mail pour le confirmer.",
            "Vous devriez recevoir très bientôt un e-mail de confirmation.",
            "Veuillez confirmer votre adresse e-mail en cliquant sur le lien que nous venons de vous envoyer.",
        ],
        "pinterest": [
            "Épinglez cette recette sur Pinterest 📌",
            "Sauvegardez-la pour plus tard !",
            "Copier · Épingler sur Pinterest",
        ],
        "advertisement": [
            "—— Annonce ——",
            "— La suite après la publicité —",
            "=== Publicité ===",
        ],
    },
    "es": {
        "consent": [
            "Este vídeo está bloqueado: acepta las cookies de YouTube para verlo.",
            "Para visualizar esta publicación de Instagram, acepte las cookies de terceros.",
            "Contenido de terceros: se requiere tu consentimiento para las cookies.",
            "El contenido no puede mostrarse sin su consentimiento.",
        ],
        "newsletter": [
            "¡Muchas gracias por registrarte! Te hemos enviado un correo para confirmar la suscripción.",
            "Vas a recibir un mail para confirmar tu suscripción.",
            "Recibí lo más importante de la semana, todos los viernes en tu mail.",
        ],
        "pinterest": [
            "¡Pinéala para después! 📌",
            "Guarda esta idea en Pinterest",
            "Copiar link · Pinear en Pinterest",
        ],
        "advertisement": [
            "—— Anuncio ——",
            "— Sigue leyendo después del anuncio —",
            "=== Publicidad ===",
        ],
    },
    "it": {
        "consent": [
            "Il video è stato bloccato: accetta i cookie di YouTube per guardarlo.",
            "Per vedere questo post di Instagram devi abilitare i cookie di profilazione.",
            "Contenuto di terze parti: serve il tuo consenso ai cookie.",
            "Il contenuto non può essere caricato senza il tuo consenso.",
        ],
        "newsletter": [
            "Grazie per la tua iscrizione! Controlla la posta per confermarla.",
            "A breve riceverai una email per confermare la tua iscrizione.",
        ],
        "pinterest": [
            "Pinnala per dopo! 📌",
            "Salva questa idea su Pinterest",
            "Copia il link · Pinna su Pinterest",
        ],
        "advertisement": [
            "—— Annuncio ——",
            "— L'articolo continua dopo la pubblicità —",
            "=== Pubblicità ===",
        ],
    },
    "pt": {
        "consent": [
            "Este vídeo foi bloqueado: aceite os cookies do YouTube para o ver.",
            "Para visualizar esta publicação do Instagram, você precisa permitir os cookies de terceiros.",
            "Conteúdo de terceiros: é necessário o seu consentimento para os cookies.",
            "O conteúdo não pode ser exibido sem o seu consentimento.",
        ],
        "newsletter": [
            "Obrigada por assinar! Confira seu e-mail para confirmar a assinatura.",
            "Vai receber um e-mail para confirmar a sua subscrição.",
        ],
        "pinterest": [
            "Fixe esta receita no Pinterest 📌",
            "Salve-a para depois!",
            "Copiar o link · Guardar no Pinterest",
        ],
        "advertisement": [
            "—— Anúncio ——",
            "— O artigo continua após a publicidade —",
            "=== Publicidade ===",
        ],
    },
}

TRAPS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "consent": [
            "Ce contenu a été bloqué par la plateforme après une plainte de l'éditeur.",
            "Afin de visualiser cette carte, les élèves ont reçu des lunettes spéciales.",
        ],
        "newsletter": [
            "Merci ! Consultez un médecin si la fièvre persiste, conclut la pharmacienne.",
            "Vous devriez recevoir votre remboursement d'ici la fin du mois.",
        ],
        "pinterest": [
            "Sauvegardez vos fichiers sur un disque externe avant la mise à jour.",
            "Épinglez le patron sur le tissu avant de découper.",
        ],
        "advertisement": [
            "— Publicité mensongère —, a tranché le tribunal.",
            "La publicité à la télévision est interdite après 20 h pour ces produits.",
        ],
    },
    "es": {
        "consent": [
            "El vídeo está bloqueado en varios países por derechos de autor.",
            "Para visualizar esta publicación hay que pedir permiso al archivo.",
        ],
        "newsletter": [
            "¡Gracias! Revisa el horario antes de venir, dijo la encargada.",
            "Vas a recibir una multa si aparcas aquí.",
        ],
        "pinterest": [
            "Guarda esta idea: la constancia vale más que el talento.",
            "Guárdalo en un lugar fresco y seco.",
        ],
        "advertisement": [
            "— Publicidad engañosa —, sentenció el juez.",
            "La publicidad en televisión está prohibida para estos productos.",
        ],
    },
    "it": {
        "consent": [
            "Il video è stato bloccato dalla piattaforma dopo una denuncia.",
            "Per vedere questo film bisogna avere almeno quattordici anni.",
        ],
        "newsletter": [
            "Grazie! Controlla la pressione ogni mattina, raccomanda il medico.",
            "Riceverai una risposta entro trenta giorni dalla domanda.",
        ],
        "pinterest": [
            "Salva questa idea: la costanza vale più del talento.",
            "Salvalo dal fallimento, chiedevano i lavoratori.",
        ],
        "advertisement": [
            "— Pubblicità ingannevole —, ha stabilito il giudice.",
            "La pubblicità in televisione è vietata per questi prodotti.",
        ],
    },
    "pt": {
        "consent": [
            "O vídeo foi bloqueado pela plataforma depois de uma queixa.",
            "Para visualizar esta publicação é preciso pedir autorização ao arquivo.",
        ],
        "newsletter": [
            "Obrigado! Verifique a tensão todas as manhãs, recomenda o médico.",
            "Vai receber uma resposta no prazo de trinta dias.",
        ],
        "pinterest": [
            "Salve esta ideia: a constância vale mais do que o talento.",
            "Guarde-o num lugar fresco e seco.",
        ],
        "advertisement": [
            "— Publicidade enganosa —, decidiu o juiz.",
            "A publicidade na televisão é proibida para estes produtos.",
        ],
    },
}
