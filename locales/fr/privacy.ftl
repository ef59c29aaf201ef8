## Droits des habitants sur leurs données : voir et supprimer ce que koban conserve.

cmd-mydata = Voir ce que koban conserve sur vous
cmd-erase = Supprimer tout ce que koban conserve sur vous

privacy-rights = Ou choisissez ci-dessous : voir vos données ou les effacer.
button-mydata = 📄 Mes données
button-erase-ask = 🗑️ Supprimer mes données
button-erase = 🗑️ Oui, tout supprimer
button-keep = Non, les garder

erase-confirm =
    🗑️ Cela supprime tout ce que koban conserve sur vous : vos signalements et vos questions, les réponses des agents, vos photos, votre signalement en cours et vos réglages. Les agents ne pourront alors plus assurer le suivi de vos signalements. Cette action est irréversible.
    Voulez-vous tout supprimer ?
erase-done = ✅ Tout ce que koban conservait sur vous a été supprimé. Si vous écrivez de nouveau, vous repartez de zéro.

export-title = 📄 Ce que koban conserve sur vous ({ $pseudonym }) :
export-profile = Langue : { $language } · Quartier : { $area } · Premier contact : { $since } · Via : { $channel }
export-none = Aucun signalement ni aucune question.
export-draft = Un signalement en cours (photos : { $photos }).
export-line-you = { $time } · Vous : { $text }
export-line-officer = { $time } · Agent : { $text }
export-end = C'est tout. Les notes internes des agents ne sont pas affichées. /erase (sur Matrix : !erase) supprime l'ensemble.

notice-erased = 🗑️ À la demande de { $pseudonym }, { $user } a supprimé toutes les données de cet habitant. koban retire ses copies (fiches, messages, photos) des salons.
