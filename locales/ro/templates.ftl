## Răspunsuri pregătite pe care polițiștii le trimit cu `!template <nume>` în firul
## unui tichet. koban le trimite în limba locuitorului. Adăugați-le pe ale
## dumneavoastră ca `template-<nume>` în directorul de conținut. Se pot folosi
## valorile zonei ($zone, $emergency, $police, $victim_support, …).

template-thanks = Vă mulțumim că ne-ați anunțat. Am notat informația și vom urmări situația.
template-more-info = Vă mulțumim. Pentru a analiza situația, avem nevoie de câteva informații în plus: când anume s-a întâmplat și unde? Dacă aveți fotografii, le puteți trimite aici.
template-patrol = Vă mulțumim pentru sesizare. În zilele următoare, o patrulă va trece pe la locul pe care l-ați descris.
template-station = Pentru aceasta trebuie să vă vedem personal. Puteți veni la una dintre secțiile noastre de poliție; aveți la dumneavoastră un act de identitate. În Meniu → „Polițistul de proximitate” găsiți adresele și programul de lucru.
template-victim-support = Ne pare rău pentru ce vi s-a întâmplat. Nu trebuie să treceți prin asta fără sprijin: { $victim_support } vă poate ajuta, gratuit și confidențial.
template-not-police = Aceasta nu este o problemă de competența poliției, dar am dori să vă ajutăm să găsiți locul potrivit. Vă rugăm să contactați serviciile primăriei dumneavoastră; acestea vă pot ajuta mai departe.
template-emergency = Dacă acest lucru se întâmplă chiar acum sau cineva este în pericol, sunați imediat la { $emergency }. Această conversație nu este urmărită non-stop.
