## Limites de longueur de ce que les habitants écrivent.

limit-too-long = C’est trop long : { $max } caractères au plus tiennent ici, et votre message en compte { $length }. Merci de l’écrire plus court ; ce que vous avez déjà saisi est conservé.
limit-description-full = La description peut contenir au plus { $max } caractères ; il en reste { $left } de libres et ce message en compte { $length }. Merci de le raccourcir ou de l’envoyer en plusieurs parties ; ce que vous avez déjà saisi est conservé.
