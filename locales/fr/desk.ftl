## Le bureau des agents : fiches de ticket et avis dans les salons de file d'attente
## (langue par défaut de la zone), et la note de l'habitant après la clôture.

card-status-new = 🆕 Statut : nouveau, en attente d'un agent
card-status-claimed = 🙋 Statut : pris en charge par { $user }
card-status-waiting = ⏳ Statut : réponse envoyée, en attente de l'habitant · pris en charge par { $user }
card-status-closed = ✅ Statut : clôturé
card-assignee = Pris en charge par { $user }
card-labels = 🏷️ Étiquettes : { $labels }
card-overdue = ⏰ La première réponse est en retard.
card-rating = Note de l'habitant : { $stars } ({ $rating }/5)
card-feedback = Commentaire : « { $comment } »
card-transferred = ↪️ Déplacé vers la file { $queue } par { $user } : poursuivez là-bas.
card-transferred-from = ↪️ Déplacé ici depuis la file { $queue } par { $user }.
card-history = La conversation jusqu'ici :

notice-help =
    Commandes dans le fil d'un ticket :
    !claim : prendre le ticket en charge · !assign @user:server : le confier à un collègue
    !note <texte> : note interne, jamais envoyée à l'habitant
    !template [nom] : envoyer une réponse préparée dans la langue de l'habitant (sans nom : la liste)
    !label étiquette -étiquette : ajouter ou retirer des étiquettes
    !transfer <file> : déplacer le ticket vers une autre file
    !close [résolution] : clôturer et prévenir l'habitant · !reopen
    !erase : supprimer toutes les données de l'habitant, à sa demande
    Tout autre message dans le fil est envoyé à l'habitant.
notice-not-in-thread = La commande { $command } agit sur un ticket : écrivez-la dans le fil du ticket (survolez la fiche → Répondre dans le fil). !help liste les commandes.
notice-note-empty = !note a besoin d'un texte, par exemple : !note vu par la patrouille à 14 h.
notice-assign-usage = Écrivez l'identifiant Matrix complet, par exemple : !assign @lotte:police.example
notice-assigned = 🙋 { $reference } est désormais pris en charge par { $user }.
notice-label-usage = Les étiquettes sont des mots faits de lettres, de chiffres, de - et de _ (24 caractères au maximum), par exemple : !label graffiti école -urgent. Non compris : { $bad }
notice-templates = { $name ->
        [none] Modèles disponibles : { $names }. Envoyez-en un avec !template <nom>.
       *[other] Il n'existe pas de modèle « { $name } ». Modèles disponibles : { $names }.
    }
notice-template-sent = 📄 Modèle « { $name } » envoyé à l'habitant (langue : { $language }). Dans la langue de ce salon, il se lit ainsi : { $text }
notice-transfer-unknown = Il n'existe pas de file « { $queue } ». Files : { $queues }.
notice-transfer-not-joined = koban n'est pas dans le salon de la file { $queue } ; le ticket reste donc ici. Invitez koban dans ce salon (il le rejoint de lui-même), puis réessayez.
notice-transfer-same = Le ticket est déjà dans la file { $queue }.
notice-resident-blocked = ⚠️ Le dernier message pour { $reference } n'a pas atteint l'habitant : il a bloqué koban sur Telegram (ou supprimé son compte). Plus rien ne pourra lui parvenir tant qu'il n'aura pas écrit de nouveau ; le message est conservé dans la base de données de koban.
notice-not-delivered = ⚠️ Le dernier message pour { $reference } n'a pas pu être remis à l'habitant malgré plusieurs tentatives. Il est conservé dans la base de données de koban ; le journal des administrateurs en indique la raison.
notice-overdue-first = ⏰ { $reference } est sans réponse depuis { $minutes } minutes, soit plus que l'objectif fixé pour cette file. Pris en charge par : { $user }.
notice-overdue-resolution = ⏰ { $reference } est ouvert depuis plus de { $hours } heures, soit plus que l'objectif fixé pour cette file. Pris en charge par : { $user }.
notice-nobody = personne pour l'instant
notice-change-not-passed = Le message d'origine de { $reference } n'a pas encore atteint l'habitant ; cette modification n'a donc pas été transmise. Envoyez un nouveau message si nécessaire.
notice-deleted-for-resident = 🗑️ Le message a aussi été supprimé dans la conversation de l'habitant (Telegram le permet pendant 48 heures).
thread-edited =
    ✏️ { $pseudonym } a modifié un message :
    { $text }
    (avant : { $original })
notice-closed-not-sent = { $reference } est clôturé ; ce message n'a donc pas été envoyé à l'habitant. Utilisez d'abord !reopen s'il doit le recevoir.

out-of-hours = 🕘 Les agents de ce service travaillent { $hours }. Votre message a bien été reçu ; vous pouvez attendre une réponse à partir du { $when }. En cas d'urgence, n'attendez pas : appelez le numéro d'urgence.

rating-question = Quel est votre degré de satisfaction quant au traitement de { $reference } ? Choisissez de 1 (pas du tout satisfait) à 5 étoiles (très satisfait). Cela nous aide à nous améliorer.
rating-already = Merci, une note a déjà été donnée.
rating-thanks = Merci pour votre note ! Si vous le souhaitez, écrivez maintenant un court commentaire, avec vos propres mots.
button-no-comment = Pas de commentaire
feedback-thanks = Merci, votre commentaire a été transmis aux agents de quartier.

## Le salon de coordination (!stats, !handover).

stats-title = 📊 Tickets ouverts au cours des { $days } derniers jours, par file (médianes) :
stats-line = { $queue } : ouverts : { $opened } (dont signalements : { $reports }) · nouveaux : { $new } · pris en charge : { $claimed } · clôturés : { $closed } · première réponse : { $first } · clôture : { $resolution } · note : { $rating } ({ $ratings })
stats-none = –
handover-briefing =
    🔁 Passation : { $outgoing } → { $incoming }. { $count ->
        [one] Ce ticket ouvert est désormais pris en charge par { $incoming } :
       *[other] Ces { $count } tickets ouverts sont désormais pris en charge par { $incoming } :
    }
    { $tickets }
    Sujets récents : { $topics }
handover-done = { $count ->
        [0] { $outgoing } n'a aucun ticket ouvert : rien à transmettre à { $incoming }.
        [one] C'est fait : 1 ticket ouvert est passé de { $outgoing } à { $incoming } ; le salon de sa file a reçu une note de passation.
       *[other] C'est fait : { $count } tickets ouverts sont passés de { $outgoing } à { $incoming } ; les salons de leurs files ont reçu une note de passation.
    }
handover-contacts = 👮 Les habitants de { $areas } voient désormais { $incoming } comme leur agent de quartier (sans le numéro de téléphone de l'agent sortant).
notice-not-allowed-coordination = ⛔ { $user } ne peut pas utiliser les commandes de coordination ici : il faut le niveau de pouvoir { $level }.
notice-coordination-help =
    Commandes dans le salon de coordination :
    !stats : par file, les tickets des 7 et 30 derniers jours, les délais médians de réponse et de clôture, la note moyenne
    !handover @outgoing:server @incoming:server [file] : les tickets ouverts de l'agent sortant passent à l'agent entrant, avec une note de passation dans chaque salon de file
