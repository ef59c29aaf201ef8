## Le signalement guidé d'un fait (habitant). Les libellés de boutons (button-…, report-when-now,
## report-when-today, report-edit-…, category-…) restent sous 40 caractères.

cmd-report = Signaler un fait
cmd-myreports = Vos signalements et leur suivi
cmd-cancel = Annuler le signalement en cours

menu-myreports = 📂 Mes signalements

# Catégories de signalement : les noms parmi lesquels les habitants choisissent.
category-theft = Vol
category-burglary = Cambriolage
category-vandalism = Vandalisme ou graffitis
category-drugs = Nuisances liées à la drogue
category-nuisance = Bruit ou nuisances
category-traffic = Danger sur la route
category-hate = Acte haineux ou discrimination
category-fraud = Fraude ou arnaque en ligne
category-other = Autre chose

report-intro =
    📝 Signaler un fait. Cela se fait en quelques étapes ; vous pouvez revenir en arrière ou annuler à tout moment, et ce que vous avez saisi est conservé si vous devez vous interrompre.
    ⚠️ En cas d'urgence, appelez immédiatement le { $emergency }.
report-category = Que souhaitez-vous signaler ? Choisissez une catégorie.
report-danger-question =
    Quelqu'un est-il en danger en ce moment, ou les faits sont-ils en train de se produire ?
    Si c'est le cas, appelez plutôt le { $emergency } : les secours peuvent intervenir tout de suite.
button-yes-danger = 🚨 Oui
button-no-danger = Non
report-danger =
    🚨 Appelez maintenant le { $emergency }. Les services de secours peuvent envoyer de l'aide tout de suite ; cette conversation ne le peut pas.
    Si vous ne pouvez pas parler, restez en ligne ou suivez les instructions de l'opérateur. Pour toute autre affaire de police urgente, appelez le { $police }.
report-danger-hate =
    Si quelqu'un vous menace ou vous agresse, mettez-vous en sécurité si vous le pouvez et appelez le { $emergency }. Votre sécurité passe avant tout ; vous pourrez signaler le reste plus tard.
report-when = Quand cela s'est-il passé ?
report-when-now = À l'instant
report-when-today = Plus tôt aujourd'hui
button-when-other = 📅 Un autre jour ou une autre heure
report-when-other = Écrivez quand cela s'est passé, par exemple « hier soir vers 23 h » ou « 12 mai, 14 h ».
report-where =
    Où cela s'est-il passé ? { $channel ->
        [Telegram] Partagez une position (📎 → Position), ou
       *[other] Partagez votre position, ou
    } tapez une adresse ou une description du lieu. Vous pouvez aussi passer cette étape.
button-skip-where = Pas de lieu
report-what =
    Que s'est-il passé ? Décrivez-le avec vos propres mots et dans votre langue : ce que vous avez vu, qui était impliqué (descriptions, véhicules, plaques d'immatriculation) et tout ce qui pourrait aider.
report-photos =
    📷 Vous pouvez ajouter des photos : envoyez-les comme photos ou comme fichiers, jusqu'à { $max }. Les données cachées, comme le lieu de prise de vue, sont supprimées avant que les agents ne les voient. { $count ->
        [0] Aucune photo ajoutée pour l'instant.
        [one] 1 photo ajoutée.
       *[other] { $count } photos ajoutées.
    }
button-no-photos = Pas de photos
button-photos-done = ✅ C'est tout pour les photos
report-contact =
    Un agent peut-il vous contacter au sujet de ce signalement ? Par défaut, les agents ne voient que votre pseudonyme ({ $pseudonym }) et vous répondent dans cette conversation.
button-anonymous = 🕶️ Réponse ici uniquement
button-share-contact = ☎️ Donner un nom et un numéro
report-contact-details = Écrivez votre nom et votre numéro de téléphone, pour qu'un agent puisse vous rappeler.
report-summary = 📋 Vérifiez votre signalement avant de l'envoyer :
button-send-report = ✅ Envoyer le signalement
button-edit = ✏️ Modifier quelque chose
report-edit = Que souhaitez-vous modifier ?
report-edit-category = Catégorie
report-edit-when = Quand
report-edit-where = Où
report-edit-what = Description
report-edit-photos = Photos
report-edit-contact = Contact
button-cancel-report = ✖️ Annuler le signalement
button-resume = ▶️ Reprendre mon signalement
button-restart = 🔄 Nouveau signalement
report-in-progress = Vous avez un signalement en cours. Voulez-vous le poursuivre ou recommencer ?
report-no-draft = Ce signalement n'est plus en cours (il a été envoyé, annulé ou a expiré). Voici le menu principal.
report-cancelled = Votre signalement a été annulé et ce que vous aviez saisi a été supprimé.
nothing-to-cancel = Il n'y a rien à annuler.

report-value-none = non précisé
report-field-category = Catégorie : { $value }
report-field-when = Quand : { $value }
report-field-where = Où : { $value }
report-field-what = Ce qui s'est passé : { $value }
report-field-photos = { $count ->
        [0] Photos : aucune
        [one] Photos : 1
       *[other] Photos : { $count }
    }
report-field-contact = Contact : { $value }
report-contact-anonymous = réponse dans cette conversation uniquement (les agents voient « { $pseudonym } »)

button-use-photo-location = 📍 Oui, l'utiliser
button-ignore-photo-location = Non
report-photo-location = Votre photo indique l'endroit où elle a été prise : { $place }. Faut-il l'utiliser comme lieu des faits ? Ce lieu ne sera utilisé que si vous répondez oui.
report-location-saved = 📍 Lieu enregistré : { $place }.
report-location-invalid = Cette position est illisible. Merci de la partager à nouveau ou de taper une adresse.
report-location-outside = Ce lieu se trouve en dehors du territoire de { $zone }. Merci de signaler les faits à la police de cet endroit, ou de partager ou taper un autre lieu.
report-text-added = Votre texte a été ajouté à la description.
report-description-full = Votre description a atteint sa longueur maximale ; la suite de ce message n'a pas été ajoutée. Vous pourrez donner d'autres détails plus tard, quand un agent vous répondra.
report-use-buttons = Merci de choisir l'une des options ci-dessous, ou d'annuler le signalement.
report-photo-too-early = Choisissez d'abord une catégorie et répondez à la question sur le danger ; envoyez ensuite vos photos.
report-too-many-photos = Un signalement peut contenir au maximum { $max } photos. Celle-ci n'a pas été ajoutée ; les autres sont conservées.
report-photo-added = 📷 Photo { $n } sur { $max } ajoutée.
report-unsupported = Je ne peux pas utiliser ceci dans un signalement. Utilisez du texte, des photos ou une position ; ce que vous avez déjà saisi est conservé.
report-empty-text = Ce message était vide. Ce que vous avez déjà saisi est conservé.

report-sent =
    ✅ Merci. Votre signalement a été transmis aux agents de quartier sous la référence { $reference }.
    Et ensuite ? Un agent le lit, peut vous poser des questions ici, et vous dit ce qui est fait. Vous recevrez les nouvelles dans cette conversation ; /myreports vous montre où en sont vos signalements.
report-expired =
    ⌛ Votre signalement inachevé ({ $category }) a été supprimé, car rien n'y a été ajouté pendant { $minutes } minutes. Vous pouvez en commencer un nouveau à tout moment.

myreports-title = 📂 Vos signalements et questions :
myreports-none = Vous n'avez encore envoyé aucun signalement ni aucune question.
myreports-question = Question
myreports-line = • { $reference } · { $what } · { $date } · { $status }
status-open = en attente d'un agent
status-claimed = un agent s'en occupe
status-waiting = un agent vous a répondu
status-closed = clôturé

report-closed =
    ✅ Votre signalement { $reference } a été clôturé par les agents de quartier. Merci de nous avoir prévenus. Pour signaler autre chose, utilisez /report.
report-closed-resolution =
    ✅ Votre signalement { $reference } a été clôturé par les agents de quartier:
    { $resolution }
    Merci de nous avoir prévenus. Pour signaler autre chose, utilisez /report.

ticket-claimed = 👮 Un agent de quartier s'occupe maintenant de { $reference }. Il vous répondra ici.

## Agents (langue par défaut de la zone).

card-report =
    🗂️ { $reference } · nouveau signalement : { $category }
    De : { $pseudonym } · via { $channel } · langue : { $language } · quartier : { $area }

    { $fields }

    Les photos suivent dans ce fil. Répondez dans ce fil pour répondre à l'habitant ; !claim pour prendre le signalement en charge.
thread-report-photo = Photo { $n } sur { $total } ({ $reference })
