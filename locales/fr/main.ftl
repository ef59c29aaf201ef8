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

unknown-command = { $channel ->
        [Matrix] Je ne connais pas la commande { $command }. Écrivez simplement votre question, ou envoyez !start pour revoir le message d'accueil.
       *[other] Je ne connais pas la commande { $command }. Écrivez simplement votre question, ou envoyez /start pour revoir le message d'accueil.
    }

image-too-large =
    Ce fichier est trop volumineux ({ $size_mb } Mio). J'accepte les fichiers jusqu'à { $max_mb } Mio. Merci d'envoyer une photo plus petite.

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

## Menus et navigation.

# Le nom de cette langue dans cette langue, affiché dans le choix de la langue.
language-name = Français
language-set = Désormais, je vous écrirai en français.
choose-language = Choisissez votre langue :

menu-title = Que souhaitez-vous faire ? Choisissez une option.
menu-report = 📝 Signaler un fait
menu-question = ❓ Poser une question
menu-advice = 🛡️ Conseils de prévention
menu-rights = ⚖️ Vos droits
menu-events = 📅 Événements
menu-contact = 👮 Votre agent de quartier
menu-area = 📍 Mon quartier
menu-language = 🌐 Langue
menu-privacy = 🔒 Vie privée

button-back = ⬅️ Retour
button-menu = ☰ Menu principal
button-continue = Continuer ▶️

matrix-menu-hint = Répondez avec le numéro de votre choix. Écrivez « menu » à tout moment pour revenir ici.
choice-expected = Merci de choisir une des options en répondant avec son numéro.
stale-button = Ce bouton n'est plus valable. Voici le menu principal.
unknown-payload = Ce lien n'est pas (ou plus) valable. Voici le menu principal.

privacy-notice =
    🔒 Votre vie privée
    • Ce que nous conservons : vos messages et vos photos (sans les données cachées, comme la localisation, qui sont supprimées), la langue et le quartier que vous choisissez, et un pseudonyme interne.
    • Qui y a accès : les agents de quartier de { $zone }. Ils voient un pseudonyme, jamais votre numéro de téléphone ni votre nom d'utilisateur, sauf si vous les leur donnez vous-même.
    • Combien de temps : au maximum { $retention_days ->
        [one] { $retention_days } jour
       *[other] { $retention_days } jours
    } après la clôture de votre question ou de votre signalement.
    • Vos données : envoyez /mydata pour recevoir une copie de tout ce que koban conserve sur vous, et /erase pour l'effacer vous-même, à tout moment (sur Matrix : !mydata et !erase).

help =
    Je peux vous aider pour :
    • signaler un fait, avec des photos et le lieu (/report) ;
    • vos questions aux agents de quartier (écrivez-les simplement ici, les photos sont les bienvenues) ;
    • des conseils de prévention et des informations sur vos droits ;
    • les coordonnées des agents de votre quartier.
    Commandes : /menu menu principal · /report signaler un fait · /myreports vos signalements · /cancel annuler un signalement · /language changer de langue · /privacy vos données · /mydata ce que koban conserve · /erase le supprimer · /start recommencer.

advice-list = 🛡️ Conseils de prévention. Choisissez un thème :
rights-list = ⚖️ Connaître vos droits. Choisissez un thème :

coming-soon-events = Il n'y a pas encore d'événements à afficher. Les réunions de quartier et les invitations « Un café avec un policier » apparaîtront ici.
question-prompt = Écrivez votre question dans un message, dans votre langue. Vous pouvez ajouter des photos. Un agent vous répondra dans cette conversation.

contact-title = 👮 Vos agents de quartier pour { $area } :
contact-no-area = Choisissez d'abord votre quartier, pour que je puisse vous indiquer les bons agents.
contact-officer = • { $name } – { $role }
contact-phone = ☎️ { $phone }
contact-station = 🏢 { $name } : { $address } ({ $hours })
contact-station-no-hours = 🏢 { $name } : { $address }
contact-numbers = Urgences : { $emergency } · Police, hors urgence : { $police }

area-choose = Dans quel quartier habitez-vous ? Choisissez-le ci-dessous, ou envoyez votre position (📎 → Position).
area-set = Votre quartier est désormais { $area }.
area-outside = Cette position se trouve en dehors des quartiers que nous couvrons. Merci de choisir un quartier dans la liste.
area-none = Aucun quartier n'a encore été configuré.

cmd-start = Recommencer
cmd-menu = Menu principal
cmd-language = Changer de langue
cmd-help = Aide
cmd-privacy = Vos données et votre vie privée

## Closing a ticket (resident).

ticket-closed =
    ✅ Votre question { $reference } a été clôturée par les agents de quartier. Si vous avez une nouvelle question, écrivez-la simplement ici.
ticket-closed-resolution =
    ✅ Votre question { $reference } a été clôturée par les agents de quartier :
    { $resolution }
    Si vous avez une nouvelle question, écrivez-la simplement ici.

## Notices to officers in a ticket's thread (zone's default language).

notice-note-saved = 📝 Note interne enregistrée. Elle n'est pas envoyée à l'habitant.
notice-closed = ✅ { $reference } est clôturé. L'habitant en a été informé.
notice-already-closed = { $reference } est déjà clôturé. Utilisez !reopen pour le rouvrir.
notice-reopened = 🔓 { $reference } est rouvert.
notice-already-open = { $reference } est déjà ouvert.
notice-unknown-command = Commande inconnue { $command }. Dans le fil d'un ticket : !claim (prendre le ticket en charge), !note <texte> (interne, non envoyé), !close [résolution], !reopen. Tout autre message est envoyé à l'habitant.
notice-not-allowed = ⛔ { $user } ne peut pas agir sur les tickets de cette file : le niveau de pouvoir { $level } est requis. Rien n'a été envoyé à l'habitant.
