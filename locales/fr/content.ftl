## Conseils de prévention et informations sur vos droits.
## Texte brut (pas de HTML ni de Markdown). Les arguments sont remplis par koban ; ne changez pas leurs noms.

## Conseils de prévention

advice-burglary-title = 🏠 Cambriolage
advice-burglary =
    🏠 Protéger votre logement contre le cambriolage
    • Fermez toujours portes et fenêtres à clé, même pour une courte absence. Pensez aussi à la porte de garage, aux soupiraux et aux fenêtres de toit.
    • Quand vous partez, donnez une impression de présence : éclairage avec minuterie, volets ouverts la journée, boîte aux lettres vidée par un voisin.
    • N'annoncez pas votre absence sur les réseaux sociaux. Partagez vos photos de vacances une fois rentré(e).
    • Photographiez vos objets de valeur, notez leurs numéros de série et marquez-les. Ils seront plus faciles à retrouver.
    • Faites connaissance avec vos voisins et prévenez-les quand vous partez.

    Un conseiller en techno-prévention de la zone de police peut venir gratuitement chez vous pour vous conseiller sur la sécurité de votre logement. Demandez une visite ici ou à votre agent de quartier.

    Après un cambriolage : ne touchez à rien. Si l'auteur est peut-être encore là, n'entrez pas et appelez le { $emergency } ; sinon, appelez le { $police }.

advice-bicycle-title = 🚲 Vol de vélo
advice-bicycle =
    🚲 Éviter le vol de votre vélo
    • Utilisez deux bons cadenas, par exemple un cadenas en U et une chaîne solide.
    • Attachez le cadre, pas seulement une roue, à un point fixe (arceau, range-vélos).
    • Garez votre vélo dans un endroit éclairé et fréquenté, ou dans un parking vélos surveillé.
    • Notez le numéro de cadre, gardez la facture et prenez des photos de votre vélo. Faites-le graver ou enregistrer : renseignez-vous auprès de votre commune ou de votre zone de police.

    Votre vélo a été volé ? Déclarez le vol au { $police }, au commissariat ou en ligne via Police-on-web. Donnez le numéro de cadre et des photos : sans ces informations, un vélo retrouvé peut rarement être rendu à son propriétaire.

advice-fraud-title = 💳 Fraude en ligne
advice-fraud =
    💳 Fraude en ligne et phishing
    • Ne donnez jamais vos codes (code PIN, réponses du lecteur de carte, confirmation itsme), ni par téléphone, ni par message, ni par e-mail. Votre banque et la police ne vous les demanderont jamais.
    • Méfiez-vous des messages urgents : « votre compte va être bloqué », « colis en attente », « remboursement ». Vérifiez l'expéditeur et ne cliquez pas sur le lien : ouvrez vous-même l'application ou le site officiel.
    • Faux sites d'achat : vérifiez les avis d'autres clients et l'adresse de l'entreprise. Un prix beaucoup trop bas est un signal d'alarme.
    • Transférez les messages suspects à suspicious@safeonweb.be.

    Vous avez été victime d'une arnaque ?
    • Appelez immédiatement Card Stop (078 170 170) pour bloquer vos cartes, puis votre banque.
    • Gardez toutes les preuves : captures d'écran, e-mails, numéros de téléphone, extraits de compte.
    • Portez plainte à la police : { $police }.

advice-phone-scam-title = 📞 Arnaque au téléphone
advice-phone-scam =
    📞 Arnaques par téléphone et par message
    Des escrocs se font passer pour un proche (« Coucou maman, j'ai un nouveau numéro »), pour un policier ou pour un employé de banque. Ils mettent la pression : tout doit aller très vite.
    • Un proche vous écrit depuis un « nouveau numéro » ? Appelez-le d'abord sur son ancien numéro.
    • Ne payez jamais et ne donnez jamais de codes sous la pression. Prenez le temps de vérifier.
    • Un policier ou un banquier vous appelle et vous demande de l'argent ou des codes ? Raccrochez et rappelez vous-même le numéro officiel, jamais celui que l'appelant vous donne.
    • La police ne vient jamais chercher vos cartes bancaires, vos codes, votre argent ou vos bijoux.

    Quelqu'un est à votre porte en ce moment pour récupérer vos cartes ou de l'argent ? Appelez le { $emergency }.
    Sinon, signalez l'arnaque à la police : { $police }.

advice-vehicle-title = 🚗 Vol dans la voiture
advice-vehicle =
    🚗 Éviter les vols dans votre voiture
    • Ne laissez rien de visible : sac, GSM, ordinateur, veste, même un câble de chargeur. Videz la boîte à gants.
    • Fermez les vitres et le toit ouvrant, et verrouillez la voiture, même pour quelques minutes. Vérifiez qu'elle est bien fermée.
    • Ne laissez jamais les papiers du véhicule ni une clé de réserve dans la voiture.
    • Garez-vous dans un endroit éclairé et fréquenté, ou dans un parking surveillé.

    Votre voiture a été forcée ? Touchez le moins possible, prenez des photos et gardez les preuves. Signalez-le à la police ({ $police }) et prévenez votre assurance.

advice-pickpocket-title = 👜 Pickpockets
advice-pickpocket =
    👜 Se protéger des pickpockets
    Les pickpockets profitent de la foule : transports en commun, gares, marchés, événements.
    • Portez votre sac fermé, devant vous.
    • Gardez portefeuille et GSM dans une poche intérieure, jamais dans la poche arrière.
    • Attention aux techniques de distraction : quelqu'un vous bouscule, vous demande votre chemin, vous montre une carte ou renverse quelque chose sur vous.
    • Ne gardez jamais votre code PIN avec votre carte.

    On vous a volé ?
    • Faites bloquer immédiatement vos cartes bancaires via Card Stop (078 170 170), votre carte SIM via votre opérateur et vos documents d'identité via DOC STOP (00800 2123 2123).
    • Déclarez ensuite le vol à la police : { $police }.

advice-cyber-harassment-title = 💬 Harcèlement en ligne
advice-cyber-harassment =
    💬 Harcèlement, menaces et sextorsion en ligne
    Quelqu'un vous harcèle, vous menace ou exige de l'argent pour ne pas diffuser des images intimes ? Vous n'êtes pas seul(e), et ce n'est pas votre faute.
    • Ne répondez pas et ne payez pas : payer n'arrête presque jamais le chantage.
    • Gardez les preuves : captures d'écran, liens, noms de profil, dates et heures.
    • Bloquez la personne et signalez-la sur la plateforme (réseau social, jeu, messagerie).
    • Parlez-en à quelqu'un de confiance.

    Vous êtes en danger immédiat ? Appelez le { $emergency }.
    Pour porter plainte, contactez la police : { $police }. Vous pouvez aussi nous écrire ici.

advice-domestic-violence-title = 🤝 Violences intrafamiliales
advice-domestic-violence =
    🤝 Violences conjugales et intrafamiliales
    Coups, menaces, humiliations, contrôle de votre argent ou de votre téléphone, violences sexuelles : ce n'est pas votre faute, et vous avez droit à de l'aide.
    • Ligne d'écoute : { $helpline } (gratuite, anonyme et confidentielle).
    • En danger ? Appelez le { $emergency }.
    • Vous pouvez aussi parler à un agent de quartier, ici, dans cette conversation. Si quelqu'un contrôle votre téléphone, effacez ensuite la conversation.

    Préparez-vous, au cas où vous devriez partir vite :
    • Rassemblez vos documents importants (carte d'identité, papiers des enfants, cartes bancaires, médicaments) et un peu d'argent dans un sac, si possible chez une personne de confiance.
    • Convenez avec cette personne d'un mot code qui veut dire : « appelle de l'aide ».
    • Notez les numéros importants sur papier.

    Les enfants qui vivent dans la violence en sont aussi victimes, même s'ils ne sont pas frappés.

## Informations sur vos droits

rights-id-check-title = 🪪 Contrôle d'identité
rights-id-check =
    🪪 Vos droits lors d'un contrôle d'identité
    • La police peut vous demander votre carte d'identité dans les situations prévues par la loi, par exemple lors d'un contrôle organisé ou si elle a des raisons de penser que vous êtes lié(e) à une infraction ou que vous pouvez aider une enquête.
    • En Belgique, chacun reçoit une carte d'identité à partir de 12 ans. Gardez-la toujours sur vous.
    • Vous pouvez demander le nom ou le numéro d'identification du policier. Un policier en civil doit vous montrer sa carte de légitimation.
    • Restez calme et ne résistez pas, même si vous n'êtes pas d'accord. Notez l'heure, le lieu et, si possible, le nom de témoins.
    • Une fouille de sécurité (palpation) doit être justifiée, par exemple par le risque que vous portiez une arme. Elle est faite si possible par un policier du même sexe.

    Vous n'êtes pas d'accord avec le déroulement du contrôle ? Vous pourrez introduire une plainte par la suite (voir le thème « Plainte contre la police »).

rights-complaint-title = 📣 Plainte contre la police
rights-complaint =
    📣 Introduire une plainte contre la police
    Vous n'êtes pas satisfait(e) du comportement d'un policier ou d'une intervention ? Vous avez le droit de le signaler. Les représailles contre une personne qui porte plainte sont interdites.

    Deux possibilités :
    • Auprès de la zone de police elle-même (service de contrôle interne) : par écrit, au commissariat ou au { $police }.
    • Auprès d'un organe de contrôle indépendant de la police : { $oversight }.

    Indiquez si possible :
    • la date, l'heure et le lieu ;
    • ce qui s'est passé, avec vos propres mots ;
    • le nom ou le numéro d'identification du policier, ou la plaque du véhicule de police ;
    • les noms et coordonnées des témoins, et vos photos ou documents.

rights-victim-support-title = 🫂 Aide aux victimes
rights-victim-support =
    🫂 Aide aux victimes
    Vous avez été victime d'une infraction ou d'un accident ? Vous avez des droits :
    • le droit d'être accueilli(e) avec respect et d'être informé(e). Faites une déclaration de personne lésée pour être tenu(e) au courant de la suite de votre dossier ;
    • le droit de porter plainte ;
    • le droit d'être accompagné(e) par une personne de confiance ou un avocat ;
    • le droit à un soutien.

    Où trouver de l'aide ?
    • Le service d'assistance policière aux victimes de la zone de police vous aide dans les premiers moments et vous oriente. Demandez-le ici ou au commissariat.
    • Pour un accompagnement psychologique, social ou juridique plus long : { $victim_support }.

    En danger ? Appelez le { $emergency }.

rights-hate-crime-title = 🚫 Haine et discrimination
rights-hate-crime =
    🚫 Délits de haine et discrimination
    Un délit de haine est une infraction (insulte, menace, coups, dégradation…) commise à cause de l'origine, de la couleur de peau, de la religion, de l'orientation sexuelle, de l'identité de genre, d'un handicap ou d'une autre caractéristique de la victime.
    • Signalez-le toujours, même si cela vous semble peu grave, et aussi quand cela se passe en ligne.
    • Gardez les preuves : photos, captures d'écran, liens, noms des témoins.
    • Dites à la police si vous pensez que les faits ont été commis par haine. La police doit enregistrer ce motif.

    Signalez les faits au { $police }, au commissariat ou ici, dans cette conversation.
    Pour une discrimination (logement, travail, école…), vous pouvez aussi vous adresser à : { $equality_body }.

rights-minors-title = 🧒 Droits des mineurs
rights-minors =
    🧒 Mineurs : vos droits lors d'une audition
    Vous avez moins de 18 ans et la police veut vous entendre ? Vous avez des droits :
    • Le droit à un avocat : vous pouvez lui parler en privé avant l'audition, et il peut être présent pendant l'audition. Si vous n'avez pas d'avocat, un avocat peut vous être désigné gratuitement. Si vous êtes soupçonné(e) d'une infraction, vous ne pouvez pas renoncer à ce droit.
    • Le droit d'être informé(e) de vos droits avec des mots que vous comprenez. Si quelque chose n'est pas clair, demandez une explication.
    • Le droit de vous taire. Vous n'êtes jamais obligé(e) de vous accuser vous-même.
    • Le droit que vos parents, ou l'adulte qui s'occupe de vous, soient informés.
    • Dans les cas prévus par la loi, par exemple si vous êtes victime ou témoin, le droit d'être accompagné(e) par un adulte de confiance de votre choix.

    Avant de signer, vous pouvez relire votre déclaration et la faire corriger.

rights-interpreter-title = 🗣️ Interprète et avocat
rights-interpreter =
    🗣️ Droit à un interprète et à un avocat
    Lors d'une audition par la police :
    • Vous ne comprenez pas ou ne parlez pas bien la langue de l'audition ? Vous avez droit à un interprète gratuit. Demandez-le dès le début.
    • Avant d'être entendu(e) comme suspect(e), vous avez le droit de parler en privé avec un avocat (droits « Salduz »). Dans la plupart des cas, l'avocat peut aussi assister à l'audition.
    • Si vos revenus sont faibles, l'aide d'un avocat peut être gratuite ou partiellement gratuite. Renseignez-vous auprès du bureau d'aide juridique (BAJ).
    • Vous avez le droit de vous taire. Vous n'êtes pas obligé(e) de vous accuser vous-même.
    • À la fin, vous pouvez relire votre déclaration (ou vous la faire traduire), la corriger ou la compléter avant de la signer. Vous pouvez en demander une copie gratuite.

    La police vous remet aussi vos droits par écrit, dans une « déclaration des droits ».
