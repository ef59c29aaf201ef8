## Textes pour les habitants. koban remplit les arguments ; ne changez pas leurs noms.

welcome =
    Bonjour ! Ici { $zone } : une ligne directe vers vos agents de quartier.
    Écrivez votre question ici, dans votre langue, et un agent vous répondra dans cette conversation. Vous pouvez aussi envoyer des photos.

emergency-note =
    ⚠️ Cette conversation n'est pas destinée aux urgences. En cas d'urgence, appelez immédiatement le { $emergency }. Pour toute autre affaire de police urgente, appelez le { $police }.

ticket-opened =
    Merci. Votre message a été transmis aux agents de quartier sous la référence { $reference }. La réponse arrivera ici, dans cette conversation.

officer-role = Agent de quartier

officer-reply =
    👮 { $role } ({ $reference }) :
    { $text }

unsupported-message =
    Désolé, je ne peux lire pour l'instant que les messages texte et les photos. Merci d'écrire votre message sous forme de texte.

unknown-command =
    Je ne connais pas la commande { $command }. Écrivez simplement votre question, ou envoyez /start pour revoir le message d'accueil.

image-too-large =
    Ce fichier est trop volumineux ({ $size_mb } Mo). J'accepte les fichiers jusqu'à { $max_mb } Mo. Merci d'envoyer une photo plus petite.

image-not-image =
    Ce fichier n'est pas une image que je peux accepter. Merci d'envoyer une photo (JPEG, PNG ou WebP).

image-failed =
    Je n'ai pas pu traiter cette photo ; elle n'a donc pas été transmise. Réessayez, ou envoyez-la comme photo ordinaire.

photos-forwarded =
    { $count ->
        [one] Votre photo a été ajoutée à { $reference }.
       *[other] Vos { $count } photos ont été ajoutées à { $reference }.
    }

## Textes pour les agents, dans les salons de file d'attente, dans la langue par défaut de la zone.

card-question =
    🎫 { $reference } · nouvelle question
    De : { $pseudonym } · via { $channel } · langue : { $language }

    { $text }

    Répondez dans ce fil pour répondre à l'habitant.

card-no-text = (photo sans texte)

thread-photo = Photo de { $pseudonym }

thread-text = { $pseudonym } : { $text }

something-went-wrong =
    Désolé, un problème est survenu de notre côté. Votre message a été conservé et nous allons réessayer.
