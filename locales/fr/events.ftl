## Événements et abonnements : ce que voient les habitants.

cmd-events = Événements près de chez vous et vos abonnements

events-title = Événements à venir près de chez vous — touchez-en un pour le voir et répondre :
events-none = Aucun événement n'est prévu dans votre quartier pour le moment. Abonnez-vous pour recevoir les prochains.
event-when = 🕒 { $when }
event-place = 📍 { $place }
event-audience = 👥 Pour : { $audience }
event-access = ♿ { $access }
event-map = 🗺 Plan : { $url }
event-registration = Merci de vous inscrire en répondant « Je viens ».
event-places = Places libres : { $free } sur { $capacity }.
event-full = Complet : si vous répondez « Je viens », vous rejoindrez la liste d'attente.
event-fallback = (Cet événement n'est décrit que dans cette langue : { $language }.)
event-cancelled-note = ❌ Cet événement est annulé.
event-over = Cet événement est terminé.
event-unknown = Cet événement n'existe pas (ou plus).

button-going = ✅ Je viens
button-maybe = 🤔 Peut-être
button-not-going = ❌ Je ne viens pas
button-calendar = 📅 Ajouter au calendrier
button-place = 📍 Où
button-events = 📅 Événements
button-show-event = Voir l'événement
button-subscriptions = 🔔 Abonnements
button-subscribe-events = 🔔 Oui, invitez-moi
button-leave-all = Me désabonner de tout

invite-intro = 📣 Invitation :
update-intro = ✏️ Un événement auquel vous avez répondu a changé :
reminder-intro = ⏰ Rappel :
cancel-intro = ❌ Annulé : { $title } ({ $when }). Nous en sommes désolés — nous vous préviendrons pour le prochain.
calendar-caption = Ajoutez « { $title } » à votre calendrier.
announcement-intro = 📢 De la part de votre police locale :
announcement-fallback = (Ce message n'est disponible que dans cette langue : { $language }.)

rsvp-going = ✅ Votre inscription à « { $title } » est bien notée. Nous vous enverrons un rappel avant le début.
rsvp-maybe = 🤔 C'est noté : peut-être. Nous vous enverrons un rappel avant le début de « { $title } ».
rsvp-not-going = C'est noté : vous ne venez pas à « { $title } ». Merci de nous avoir prévenus.
rsvp-waiting = « { $title } » est complet. Vous êtes numéro { $position } sur la liste d'attente ; nous vous préviendrons dès qu'une place se libère.
rsvp-offer = 🎟 Une place s'est libérée pour « { $title } » ! Répondez « Je viens » au plus tard le { $until } pour la prendre ; ensuite, elle ira à la personne suivante sur la liste d'attente.
rsvp-offer-expired = La place pour « { $title } » est allée à la personne suivante sur la liste d'attente, car elle n'a pas été confirmée à temps.

standing-going = Votre réponse : ✅ je viens.
standing-maybe = Votre réponse : 🤔 peut-être.
standing-not-going = Votre réponse : ❌ je ne viens pas.
standing-waiting = Vous êtes sur la liste d'attente.
standing-offered = 🎟 Une place vous est réservée jusqu'au { $until } : répondez « Je viens » pour la prendre.

subscriptions-title = Quelles informations souhaitez-vous recevoir ? Touchez un thème pour l'activer ou le désactiver. Vous pouvez vous désabonner à tout moment.
subscriptions-offer = Souhaitez-vous recevoir des invitations aux rencontres avec vos agents de quartier, comme les réunions de quartier et « Un café avec un policier » ? Vous pouvez changer cela à tout moment dans 📅 Événements.
subscription-joined = 🔔 Abonnement activé : { $topic }.
subscription-left = 🔕 Abonnement arrêté : { $topic }.
subscriptions-none-left = 🔕 Vous ne recevrez plus aucune annonce. Vous pouvez vous réabonner à tout moment.
topic-events = Événements dans mon quartier
topic-prevention = Alertes de prévention de la criminalité
topic-news = Actualités de la police de ma zone
export-subscriptions = 🔔 Abonnements : { $topics }
export-answer = 📅 « { $title } » : { $answer }

## Le salon de coordination (langue par défaut de la zone).

event-status-draft = brouillon
event-status-scheduled = programmé
event-status-published = publié
event-status-cancelled = annulé
broadcast-kind-invite = invitation
broadcast-kind-update = modification
broadcast-kind-reminder = rappel
broadcast-kind-cancel = annulation
broadcast-kind-announcement = annonce

event-card =
    📅 Événement #{ $id } ({ $status }) : { $title }
    🕒 { $when }
    📍 { $place } · quartier { $area } · thème { $topic } · places { $capacity } · langues { $languages }
    ✅ viennent : { $going } · 🤔 peut-être : { $maybe } · ❌ ne viennent pas : { $notgoing } · ⏳ en attente : { $waiting }
event-created = Événement #{ $id } enregistré comme brouillon. Vérifiez-le avec `!event show { $id } <language>`, puis `!event publish { $id }` (tout de suite) ou `!event publish { $id } YYYY-MM-DD HH:MM`.
event-updated = Événement #{ $id } modifié. Les habitants qui ont répondu « Je viens » ou « Peut-être » reçoivent la modification avec un nouveau fichier de calendrier (s'il était publié).
event-published = Événement #{ $id } publié : les invitations partent vers les abonnés (envoi #{ $broadcast }).
event-scheduled = L'événement #{ $id } sera publié le { $when }.
event-cancelled = Événement #{ $id } annulé. Les habitants qui ont répondu « Je viens » ou « Peut-être » sont prévenus, avec une annulation pour leur calendrier.
event-is-cancelled = L'événement #{ $id } est annulé et ne peut plus être modifié.
event-not-draft = L'événement #{ $id } est déjà publié.
event-not-found = Il n'existe pas d'événement #{ $id }.
event-invalid = Cela n'a pas fonctionné : { $why }. `!event help` explique comment faire.
event-refused = Seuls les membres ayant le niveau de pouvoir { $level } ou plus peuvent gérer les événements ici.
event-preview =
    Aperçu ({ $language }) :
    { $text }
events-planned-none = Aucun événement n'est prévu. `!event help` explique comment en créer un.
attendees-title = Réponses à l'événement #{ $id } (pseudonymes) :
attendees-none = Personne n'a encore répondu.
broadcast-card = 📣 Envoi #{ $id } ({ $kind }, événement #{ $event }) : { $sent } envoyés sur { $total } · échecs : { $failed } · injoignables : { $unreachable }
broadcast-card-done = 📣 Envoi #{ $id } ({ $kind }, événement #{ $event }) terminé : { $sent } envoyés sur { $total } · échecs : { $failed } · injoignables : { $unreachable } (ont bloqué le bot)
event-help =
    Les événements dans le salon de coordination :
    !event new — seul : koban demande les champs un par un
    !event new — puis un champ par ligne : title, when (YYYY-MM-DD HH:MM), until (HH:MM) ou duration (minutes), where, map, geo (latitude, longitude), area (ou all), topic (events, prevention, news), capacity, registration (yes/no), for, access, about ; les textes dans d'autres langues en title.de, about.de, …
    !event set <n> — les mêmes champs ; seuls ceux indiqués changent
    !event show <n> [langue] — aperçu tel que les habitants le voient
    !event publish <n> [YYYY-MM-DD HH:MM] — tout de suite ou à une heure donnée
    !event cancel <n>
    !events — ce qui est prévu, avec les réponses
    !attendees <n> — les réponses par pseudonyme
    !announce new — puis : topic (events, prevention, news), area (ou all), languages (par ex. ar, uk ; par défaut all), via (subscribers, channels, both ; par défaut subscribers), text, text.de, …
    !announce show <n> [langue] · !announce send <n> [YYYY-MM-DD HH:MM] · !announce cancel <n>
announcement-created = Annonce #{ $id } enregistrée comme brouillon (thème { $topic }, quartier { $area }, langues { $languages }). Vérifiez-la avec `!announce show { $id } <language>`, puis `!announce send { $id }` (tout de suite) ou `!announce send { $id } YYYY-MM-DD HH:MM`.
announcement-sent = L'annonce #{ $id } part vers les abonnés (envoi #{ $broadcast }).
announcement-scheduled = L'annonce #{ $id } sera envoyée le { $when }.
announcement-cancelled = Annonce #{ $id } annulée ; elle ne sera pas envoyée.
announcement-not-found = Il n'existe pas d'annonce #{ $id }.
announcement-not-draft = L'annonce #{ $id } a déjà été envoyée ou annulée.
event-ask = { $step }/{ $steps } · { $question }
event-dialogue-start = Nouvel événement, étape par étape — { $who }, répondez à chaque question par un message simple ici. `skip` (ou `-`) laisse vide un champ facultatif, `back` revient à la question précédente, `stop` arrête sans enregistrer ; après 30 minutes sans réponse, cela s’arrête tout seul.
event-ask-title = Comment s’appelle l’événement ? (le titre en { $language } ; les autres langues plus tard avec `!event set <n>` et title.en: …)
event-ask-when = Quand commence-t-il ? (AAAA-MM-JJ HH:MM, heure { $tz })
event-ask-until = Quand se termine-t-il ? (HH:MM, ou une durée en minutes ; `skip` : { $minutes } minutes)
event-ask-where = Où ? (l’adresse où les habitants doivent venir ; `skip` s’il n’y en a pas)
event-ask-area = Pour quel secteur ? ({ $areas }, ou all ; `skip` : toute la zone)
event-ask-capacity = Combien de places ? (un nombre ; `skip` : sans limite)
event-ask-registration = Faut-il s’inscrire en répondant « Je viens » ? (yes ou no ; `skip` : non)
event-ask-for = Pour qui est-il ? (p. ex. parents, jeunes ; `skip` : tout le monde)
event-ask-access = Informations d’accessibilité ? (p. ex. entrée de plain-pied, langue des signes ; `skip` : aucune)
event-ask-about = Pour finir : une courte description pour l’invitation. (`skip` : aucune)
event-ask-required = Cette information est nécessaire (`stop` arrête sans enregistrer).
event-ask-retry = Cela n’a pas fonctionné : { $why }.
event-dialogue-stopped = Arrêté ; rien n’a été enregistré.
announcement-posted = Annonce #{ $id } publiée dans { $count ->
    [one] un canal d’information
   *[other] { $count } canaux d’information
}.
channel-answer-telegram = Pour répondre, obtenir le fichier de calendrier et les rappels : { $link }
channel-answer-matrix = Pour répondre, obtenir le fichier de calendrier et les rappels, écrivez à { $link } et envoyez `!start event_{ $id }`.
channel-post-failed = ⚠️ koban n’a pas pu publier dans le canal d’information { $chat } : { $error }. Sur Telegram, koban doit être administrateur du canal avec le droit de publier ; sur Matrix, un membre autorisé à envoyer des messages.
