## When something goes wrong inside koban: the resident is asked to try
## again; officers and coordinators are told what did not arrive.

error-try-again = Ne pare rău, ceva nu a mers bine la noi cu ultimul dumneavoastră mesaj. Vă rugăm să îl trimiteți din nou.
notice-card-failed = ⚠️ Fișa pentru { $reference } nu a putut fi publicată în camera cozii sale ({ $error }). Mesajele ei așteaptă și nu se pierde nimic: când koban poate scrie din nou în cameră, un operator rulează `koban outbox --retry`, iar fișa și firul ei urmează.
notice-thread-not-ticket = ⚠️ Acest fir nu aparține niciunui tichet, deci mesajul dumneavoastră nu a fost trimis niciunui locuitor. Răspundeți în firul fișei tichetului.
