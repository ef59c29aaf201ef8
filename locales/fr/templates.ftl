## Réponses préparées que les agents envoient avec `!template <nom>` dans le fil
## d'un ticket. koban envoie chacune dans la langue de l'habitant. Ajoutez les
## vôtres sous la forme `template-<nom>` dans le répertoire de contenu. Les
## valeurs de la zone ($zone, $emergency, $police, $victim_support, …) peuvent être utilisées.

template-thanks = Merci de nous avoir prévenus. Nous en avons pris note et nous restons attentifs à la situation.
template-more-info = Merci. Pour examiner cela, nous avons besoin d'un peu plus d'informations : quand cela s'est-il passé exactement, et où ? Si vous avez des photos, vous pouvez les envoyer ici.
template-patrol = Merci pour votre signalement. Une patrouille passera dans les prochains jours à l'endroit que vous avez décrit.
template-station = Pour cela, nous devons vous rencontrer en personne. Vous pouvez vous rendre dans l'un de nos commissariats ; munissez-vous d'une pièce d'identité. Menu → « Votre agent de quartier » indique les adresses et les heures d'ouverture.
template-victim-support = Nous sommes désolés de ce qui vous est arrivé. Vous n'avez pas à affronter cela sans soutien : { $victim_support } peut vous aider, gratuitement et en toute confidentialité.
template-not-police = Cette question ne relève pas de la police, mais nous voulons vous aider à trouver le bon interlocuteur. Adressez-vous aux services de votre commune ; ils pourront vous aider.
template-emergency = Si cela se passe maintenant ou si quelqu'un est en danger, appelez immédiatement le { $emergency }. Cette conversation n'est pas suivie 24 heures sur 24.
