## Modération : fiches et réponses dans le salon de modération (langue par
## défaut de la zone), et ce qui est dit aux habitants (dans leur langue).

moderation-card =
    🛡️ Retenu #{ $number } · { $who } ({ $channel }, { $language })
    Destination : { $where }
    Règle : { $rule } · correspondance : { $matched }
    KOBAN-SPLICE-VALUE
    Répondez dans ce fil avec !release, !remove [motif], !dismiss, !warn [motif], !mute [24h] [motif] ou !block [motif] (ou ajoutez le numéro : !release { $number }).
moderation-card-photo = 📷 Le message contient une photo : elle est transmise avec le message s'il est libéré.
moderation-where-ticket = le ticket { $reference } (file { $queue })
moderation-where-report = le signalement que l'habitant est en train de rédiger
moderation-where-new = une nouvelle question aux agents
moderation-done-release = ✅ #{ $number } libéré par { $user } : il est transmis comme s'il n'avait jamais été retenu.{ $behind ->
        [0] {""}
       *[other] { " " }Les messages suivants du même habitant, qui attendaient derrière lui, suivent : { $behind }.
    }
moderation-done-remove = 🗑️ #{ $number } supprimé par { $user } : il n'est pas transmis.
moderation-done-dismiss = #{ $number } écarté par { $user } : il n'est pas transmis.
moderation-done-warn = ⚠️ { $who } a reçu un avertissement de { $user } ({ $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    } en { $days } jours). L'habitant en a été informé dans sa langue.
moderation-done-mute = 🔇 { $who } a été mis en sourdine par { $user } jusqu'à { $until } : d'ici là, ses messages ne parviennent pas aux agents. L'habitant en a été informé.
moderation-done-block = ⛔ { $who } a été bloqué par { $user } : rien de ce qu'il envoie ne parvient à personne. Il en a été informé une fois, avec la marche à suivre pour contester.
moderation-done-unblock = { $who } a été débloqué par { $user }. L'habitant a été informé qu'il peut de nouveau écrire.
moderation-done-unmute = Sourdine de { $who } levée par { $user }.
moderation-escalated = 🔇 { $count ->
        [one] Cela fait { $count } avertissement
       *[other] Cela fait { $count } avertissements
    } en { $days } jours : { $who } est mis en sourdine jusqu'à { $until }.
moderation-not-pending = #{ $number } n'attend pas de décision (elle a déjà été prise, ou ce numéro n'existe pas). !held liste ce qui attend.
moderation-no-target = Indiquez quel message : répondez dans le fil de sa fiche, ou ajoutez son numéro (!release 12). Pour un habitant : son pseudonyme (!block 7F3K).
moderation-unknown-resident = Il n'y a pas d'habitant { $who }.
moderation-held-empty = Rien n'attend d'examen.
moderation-held-list = { $count ->
        [one] { $count } message attend un examen :
       *[other] { $count } messages attendent un examen :
    }
moderation-held-line = #{ $number } · { $who } · règle { $rule } · il y a { $age } min
moderation-test-pass = ✅ Ce texte passe : aucune règle ne s'y applique.
moderation-test-result = Résultat pour ce texte : { $action }.
moderation-test-line = • règle { $rule } ({ $action }{ $dry ->
        [yes] , à blanc
       *[no] {""}
    }) : { $matched }
moderation-rule-added = Règle { $id } ajoutée ({ $action }{ $dry ->
        [yes] , à blanc : elle se contente de journaliser ce qu'elle aurait fait
       *[no] {""}
    }).
moderation-rule-removed = Règle { $id } supprimée.
moderation-rule-unknown = Il n'y a pas de règle { $id } parmi les règles ajoutées ici (les règles et listes de mots configurées pour la zone se modifient dans ses fichiers).
moderation-rule-invalid = La règle n'a pas été ajoutée : { $problem }
moderation-rule-usage =
    Règles :
    !rule add <id> <hold|block> [dry] words <mot, expression, …>
    !rule add <id> <hold|block> [dry] pattern <expression régulière>
    !rule add <id> <hold|block> [dry] link <domaine>
    !rule remove <id> · !rule list
moderation-rules-empty = Aucune règle n'a été ajoutée ici ; les règles et listes de mots configurées pour la zone s'appliquent (règles configurées : { $configured }).
moderation-rules-list = { $count ->
        [one] { $count } règle ajoutée ici
       *[other] { $count } règles ajoutées ici
    } (en plus, les règles configurées s'appliquent : { $configured }) :
moderation-rule-line = • { $id } : { $action }{ $dry ->
        [yes] {" "}(à blanc)
       *[no] {""}
    } · { $kind } { $spec } · par { $user }
moderation-audit-empty = Le journal d'audit est vide.
moderation-audit-list = { $count ->
        [one] La dernière entrée du journal d'audit :
       *[other] Les { $count } dernières entrées du journal d'audit :
    }
moderation-audit-line = { $seq }. { $when } · { $actor } · { $action } · { $subject }{ $reason ->
        [none] {""}
       *[other] {" "}· « { $reason } »
    }
moderation-help =
    Commandes dans le salon de modération (dans le fil d'une fiche, le numéro peut être omis) :
    !release <n> : transmettre le message retenu · !remove <n> [motif] · !dismiss <n>
    !warn <n|pseudonyme> [motif] · !mute <n|pseudonyme> [30m|24h|7d] [motif]
    !block <n|pseudonyme> [motif] · !unblock <pseudonyme> · !unmute <pseudonyme>
    !held : ce qui attend · !test <texte> : les règles qui s'appliquent · !audit [n] : les dernières entrées
    !rule add … · !rule remove <id> · !rule list
moderation-not-allowed = ⛔ { $user } ne peut pas modérer ici : il faut le niveau de pouvoir { $level }.

moderation-held-notice = Merci. Votre message sera transmis après une courte vérification. En cas d'urgence, appelez le { $emergency }.
moderation-refused = Votre message n'a pas été transmis : ce service ne transmet ni insultes, ni menaces, ni propos haineux. Veuillez le reformuler avec d'autres mots. En cas d'urgence, appelez le { $emergency }.
moderation-warned = { $reason ->
        [none] ⚠️ Un modérateur vous a adressé un avertissement au sujet de votre message : veuillez respecter les règles de ce service.
       *[other] ⚠️ Un modérateur vous a adressé un avertissement au sujet de votre message : { $reason }. Veuillez respecter les règles de ce service.
    } Après plusieurs avertissements, vous ne pourrez plus écrire pendant un certain temps.
moderation-muted = 🔇 Vous ne pouvez pas écrire aux agents jusqu'à { $until }. En cas d'urgence, appelez le { $emergency } ; pour toute autre affaire urgente, appelez le { $police }.
moderation-blocked = ⛔ Votre accès à ce service a été bloqué et vos messages ne parviennent plus à personne. Si vous pensez qu'il s'agit d'une erreur, vous pouvez contester cette décision : { $appeal }. En cas d'urgence, appelez le { $emergency }.
moderation-unblocked = Vous pouvez de nouveau nous écrire.

moderation-report-card =
    🚩 Signalé #{ $number } par { $user } : { $who }, { $reference } (file { $queue }){ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
    Son dernier message :
    KOBAN-SPLICE-VALUE
    Répondez dans ce fil avec !warn [motif], !mute [24h] [motif], !block [motif] ou !dismiss.
moderation-report-sent = 🚩 Transmis aux modérateurs, avec le dernier message de l’habitant.
moderation-done-take-back = 🗑️ #{ $number } retiré par { $user } : koban reprend ses copies dans le salon de la file et, sur Telegram, le message dans la conversation de l’habitant (Telegram le permet pendant 48 heures).
moderation-slow-down = Vous avez envoyé plusieurs nouveaux signalements ou questions en peu de temps. Veuillez attendre une minute avant d’envoyer le suivant ; ce que vous avez écrit est conservé. En cas d’urgence, appelez le { $emergency }.
