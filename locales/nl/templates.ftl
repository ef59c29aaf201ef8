## Standaardantwoorden die agenten sturen met `!template <naam>` in de thread van
## een ticket. koban stuurt elk antwoord in de taal van de bewoner. Voeg je eigen
## toe als `template-<naam>` in de contentmap. Zonewaarden ($zone,
## $emergency, $police, $victim_support, …) mogen gebruikt worden.

template-thanks = Bedankt dat je het ons laat weten. We hebben het genoteerd en houden de situatie in het oog.
template-more-info = Bedankt. Om dit te onderzoeken, hebben we wat meer informatie nodig: wanneer is het precies gebeurd, en waar? Als je foto's hebt, kun je ze hier sturen.
template-patrol = Bedankt voor je melding. Een patrouille komt de komende dagen langs op de plek die je beschreven hebt.
template-station = Hiervoor moeten we je persoonlijk spreken. Je kunt langskomen in een van onze politiekantoren; breng een identiteitsdocument mee. Onder Menu → “Je wijkagent” vind je de adressen en openingsuren.
template-victim-support = Het spijt ons dat je dit is overkomen. Je hoeft dit niet alleen te dragen: { $victim_support } kan je helpen, gratis en vertrouwelijk.
template-not-police = Dit is geen zaak voor de politie, maar we helpen je graag de juiste plek te vinden. Neem contact op met de diensten van je gemeente; zij kunnen je verder helpen.
template-emergency = Gebeurt dit nu of is er iemand in gevaar? Bel dan meteen { $emergency }. Dit gesprek wordt niet de klok rond gevolgd.
