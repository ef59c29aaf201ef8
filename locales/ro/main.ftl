## Texte pentru locuitori. Argumentele sunt completate de koban; nu le schimbați numele.

welcome =
    Bună ziua! Aici este { $zone }: o legătură directă cu polițiștii de proximitate din cartierul dumneavoastră.
    Scrieți-ne aici întrebarea, în limba dumneavoastră, iar un polițist vă va răspunde în această conversație. Puteți trimite și fotografii.

emergency-note =
    ⚠️ Această conversație nu este destinată urgențelor. În caz de urgență, sunați imediat la { $emergency }. Pentru alte situații urgente care țin de poliție, sunați la { $police }.

ticket-opened =
    Vă mulțumim. Mesajul dumneavoastră a fost transmis polițiștilor de proximitate cu numărul de referință { $reference }. Răspunsul va veni aici, în această conversație.

officer-role = Polițist de proximitate

officer-reply =
    👮 { $role } ({ $reference }):
    { $text }

unsupported-message =
    Ne pare rău, deocamdată pot citi doar mesaje text și fotografii. Vă rugăm să scrieți mesajul sub formă de text.

unknown-command = { $channel ->
        [Matrix] Nu cunosc comanda { $command }. Scrieți pur și simplu întrebarea dumneavoastră sau trimiteți !start pentru a vedea din nou mesajul de bun venit.
       *[other] Nu cunosc comanda { $command }. Scrieți pur și simplu întrebarea dumneavoastră sau trimiteți /start pentru a vedea din nou mesajul de bun venit.
    }

image-too-large =
    Acest fișier este prea mare ({ $size_mb } MiB). Accept fișiere de cel mult { $max_mb } MiB. Vă rugăm să trimiteți o fotografie mai mică.

image-not-image =
    Acest fișier nu este o imagine pe care o pot accepta. Vă rugăm să trimiteți o fotografie (JPEG, PNG sau WebP).

image-failed =
    Nu am putut procesa această fotografie, așa că nu a fost transmisă. Vă rugăm să încercați din nou sau să o trimiteți ca fotografie obișnuită.

photos-forwarded =
    { $count ->
        [one] Fotografia dumneavoastră a fost adăugată la { $reference }.
        [few] Cele { $count } fotografii ale dumneavoastră au fost adăugate la { $reference }.
       *[other] Cele { $count } de fotografii ale dumneavoastră au fost adăugate la { $reference }.
    }

## Texte pentru polițiști, afișate în camerele de așteptare, în limba implicită a zonei.

card-question =
    🎫 { $reference } · întrebare nouă
    De la: { $pseudonym } · prin { $channel } · limba: { $language }

    { $text }

    Răspundeți în acest fir pentru a-i răspunde locuitorului.

card-no-text = (fotografie fără text)

thread-photo = Fotografie de la { $pseudonym }

thread-text = { $pseudonym }: { $text }

something-went-wrong =
    Ne pare rău, a apărut o problemă la noi. Mesajul dumneavoastră a fost păstrat și vom încerca din nou.

## Meniuri și navigare.

# Numele acestei limbi în limba respectivă, afișat la alegerea limbii.
language-name = Română
language-set = De acum înainte vă voi scrie în limba română.
choose-language = Alegeți limba:

menu-title = Ce doriți să faceți? Alegeți o opțiune.
menu-report = 📝 Semnalați un incident
menu-question = ❓ Puneți o întrebare
menu-advice = 🛡️ Sfaturi de prevenire
menu-rights = ⚖️ Drepturile dumneavoastră
menu-events = 📅 Evenimente
menu-contact = 👮 Polițistul de proximitate
menu-area = 📍 Zona mea
menu-language = 🌐 Limba
menu-privacy = 🔒 Confidențialitate

button-back = ⬅️ Înapoi
button-menu = ☰ Meniul principal
button-continue = Continuați ▶️

matrix-menu-hint = Răspundeți cu numărul opțiunii alese. Scrieți „menu” oricând pentru a reveni aici.
choice-expected = Vă rugăm să alegeți una dintre opțiuni, răspunzând cu numărul ei.
stale-button = Acest buton nu mai este valabil. Iată meniul principal.
unknown-payload = Acest link nu este (sau nu mai este) valabil. Iată meniul principal.

privacy-notice =
    🔒 Confidențialitatea dumneavoastră
    • Ce păstrăm: mesajele și fotografiile dumneavoastră (din care eliminăm toate datele ascunse, cum ar fi locația), limba și zona alese și un pseudonim intern.
    • Cine le vede: polițiștii de proximitate din { $zone }. Ei văd un pseudonim, niciodată numărul dumneavoastră de telefon sau numele de utilizator, decât dacă li le comunicați chiar dumneavoastră.
    • Cât timp: cel mult { $retention_days ->
        [one] { $retention_days } zi
        [few] { $retention_days } zile
       *[other] { $retention_days } de zile
    } după închiderea întrebării sau a sesizării dumneavoastră.
    • Datele dumneavoastră: trimiteți /mydata pentru o copie a tot ce păstrează koban despre dumneavoastră și /erase pentru a le șterge chiar dumneavoastră, oricând (pe Matrix: !mydata și !erase).

help =
    Vă pot ajuta cu:
    • semnalarea unui incident, cu fotografii și locul faptei (/report);
    • întrebări pentru polițiștii de proximitate (scrieți-le pur și simplu aici, fotografiile sunt binevenite);
    • sfaturi de prevenire a infracțiunilor și informații despre drepturile dumneavoastră;
    • datele de contact ale polițiștilor din zona dumneavoastră.
    Comenzi: /menu meniul principal · /report semnalarea unui incident · /myreports sesizările dumneavoastră · /cancel anularea unei sesizări · /language schimbarea limbii · /privacy datele dumneavoastră · /mydata ce păstrează koban · /erase ștergerea lor · /start reluare de la început.

advice-list = 🛡️ Sfaturi pentru prevenirea infracțiunilor. Alegeți un subiect:
rights-list = ⚖️ Cunoașteți-vă drepturile. Alegeți un subiect:

coming-soon-events = Deocamdată nu există evenimente. Aici vor apărea invitațiile la întâlnirile de cartier și la „o cafea cu un polițist”.
question-prompt = Scrieți-ne întrebarea într-un mesaj, în limba dumneavoastră. Puteți adăuga fotografii. Un polițist vă va răspunde în această conversație.

contact-title = 👮 Polițiștii de proximitate pentru { $area }:
contact-no-area = Alegeți mai întâi zona dumneavoastră, ca să vă pot arăta polițiștii potriviți.
contact-officer = • { $name } – { $role }
contact-phone = ☎️ { $phone }
contact-station = 🏢 { $name }: { $address } ({ $hours })
contact-station-no-hours = 🏢 { $name }: { $address }
contact-numbers = Urgențe: { $emergency } · Poliția, situații care nu sunt urgente: { $police }

area-choose = În ce zonă locuiți? Alegeți-o mai jos sau trimiteți-ne locația dumneavoastră (📎 → Locație).
area-set = Zona dumneavoastră este acum { $area }.
area-outside = Această locație se află în afara zonelor pe care le acoperim. Vă rugăm să alegeți o zonă din listă.
area-none = Nu a fost configurată încă nicio zonă.

cmd-start = Începeți din nou
cmd-menu = Meniul principal
cmd-language = Schimbați limba
cmd-help = Ajutor
cmd-privacy = Datele dumneavoastră și confidențialitatea

## Closing a ticket (resident).

ticket-closed =
    ✅ Întrebarea dumneavoastră { $reference } a fost închisă de polițiștii de proximitate. Dacă aveți o întrebare nouă, scrieți-o pur și simplu aici.
ticket-closed-resolution =
    ✅ Întrebarea dumneavoastră { $reference } a fost închisă de polițiștii de proximitate:
    { $resolution }
    Dacă aveți o întrebare nouă, scrieți-o pur și simplu aici.

## Notices to officers in a ticket's thread (zone's default language).

notice-note-saved = 📝 Nota internă a fost salvată. Nu este trimisă locuitorului.
notice-closed = ✅ { $reference } a fost închis. Locuitorul a fost informat.
notice-already-closed = { $reference } este deja închis. Folosiți !reopen pentru a-l redeschide.
notice-reopened = 🔓 { $reference } a fost redeschis.
notice-already-open = { $reference } este deja deschis.
notice-unknown-command = Comandă necunoscută: { $command }. În firul unui tichet: !claim (preluarea tichetului), !note <text> (intern, nu se trimite), !close [rezolvare], !reopen. Orice alt mesaj este trimis locuitorului.
notice-not-allowed = ⛔ { $user } nu poate acționa asupra tichetelor din această coadă: este necesar nivelul de putere { $level }. Nu s-a trimis nimic locuitorului.
