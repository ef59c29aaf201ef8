## Semnalarea ghidată a unui incident (locuitori). Etichetele butoanelor (button-…, report-when-now,
## report-when-today, report-edit-…, category-…) rămân sub 40 de caractere.

cmd-report = Semnalați un incident
cmd-myreports = Sesizările dumneavoastră și stadiul lor
cmd-cancel = Anulați sesizarea în curs

menu-myreports = 📂 Sesizările mele

# Categoriile sesizărilor: denumirile dintre care aleg locuitorii.
category-theft = Furt
category-burglary = Spargere
category-vandalism = Vandalism sau graffiti
category-drugs = Probleme legate de droguri
category-nuisance = Zgomot sau deranj
category-traffic = Pericol în trafic
category-hate = Incident de ură sau discriminare
category-fraud = Fraudă sau înșelătorie online
category-other = Altceva

report-intro =
    📝 Semnalați un incident. Durează doar câțiva pași; puteți reveni sau anula oricând, iar ce ați completat se păstrează dacă trebuie să vă opriți.
    ⚠️ În caz de urgență, sunați imediat la { $emergency }.
report-category = Ce doriți să semnalați? Alegeți o categorie.
report-danger-question =
    Este cineva în pericol chiar acum sau se întâmplă chiar în acest moment?
    Dacă da, sunați mai bine la { $emergency }: de acolo vi se poate trimite ajutor imediat.
button-yes-danger = 🚨 Da
button-no-danger = Nu
report-danger =
    🚨 Sunați acum la { $emergency }. Serviciile de urgență pot trimite ajutor imediat; această conversație nu poate.
    Dacă nu puteți vorbi, rămâneți la telefon sau urmați instrucțiunile operatorului. Pentru alte situații urgente care țin de poliție, sunați la { $police }.
report-danger-hate =
    Dacă cineva vă amenință sau vă atacă, mergeți într-un loc sigur, dacă puteți, și sunați la { $emergency }. Siguranța dumneavoastră este pe primul loc; restul îl puteți semnala mai târziu.
report-when = Când s-a întâmplat?
report-when-now = Chiar acum
report-when-today = Mai devreme, astăzi
button-when-other = 📅 Altă zi sau oră
report-when-other = Scrieți când s-a întâmplat, de exemplu „aseară pe la ora 23” sau „12 mai, ora 14:00”.
report-where =
    Unde s-a întâmplat? { $channel ->
        [Telegram] Trimiteți o locație (📎 → Locație) sau
       *[other] Trimiteți-ne locația dumneavoastră sau
    } scrieți o adresă ori o descriere a locului. Puteți și să săriți peste acest pas.
button-skip-where = Fără locație
report-what =
    Ce s-a întâmplat? Descrieți cu propriile cuvinte și în limba dumneavoastră: ce ați văzut, cine a fost implicat (descrieri, vehicule, numere de înmatriculare) și orice altceva ar putea ajuta.
report-photos =
    📷 Puteți adăuga fotografii: trimiteți-le ca fotografii sau ca fișiere, cel mult { $max }. Datele ascunse, cum ar fi locul în care au fost făcute, sunt șterse înainte ca polițiștii să le vadă. { $count ->
        [0] Încă nu ați adăugat nicio fotografie.
        [one] A fost adăugată o fotografie.
        [few] Au fost adăugate { $count } fotografii.
       *[other] Au fost adăugate { $count } de fotografii.
    }
button-no-photos = Fără fotografii
button-photos-done = ✅ Am terminat cu fotografiile
report-contact =
    Vă poate contacta un polițist în legătură cu această sesizare? În mod implicit, polițiștii văd doar pseudonimul dumneavoastră ({ $pseudonym }) și vă răspund în această conversație.
button-anonymous = 🕶️ Răspuns doar în această conversație
button-share-contact = ☎️ Las un nume și un telefon
report-contact-details = Scrieți-ne numele și numărul de telefon, ca un polițist să vă poată suna înapoi.
report-summary = 📋 Vă rugăm să verificați sesizarea înainte de a o trimite:
button-send-report = ✅ Trimiteți sesizarea
button-edit = ✏️ Modificați ceva
report-edit = Ce doriți să modificați?
report-edit-category = Categorie
report-edit-when = Când
report-edit-where = Unde
report-edit-what = Descriere
report-edit-photos = Fotografii
report-edit-contact = Contact
button-cancel-report = ✖️ Anulați sesizarea
button-resume = ▶️ Continuați sesizarea
button-restart = 🔄 Începeți o sesizare nouă
report-in-progress = Aveți o sesizare începută. Doriți să o continuați sau să începeți din nou?
report-no-draft = Această sesizare nu mai este în curs (a fost trimisă, anulată sau a expirat). Iată meniul principal.
report-cancelled = Sesizarea dumneavoastră a fost anulată, iar ce ați completat a fost șters.
nothing-to-cancel = Nu există nimic de anulat.

report-value-none = nespecificat
report-field-category = Categorie: { $value }
report-field-when = Când: { $value }
report-field-where = Unde: { $value }
report-field-what = Ce s-a întâmplat: { $value }
report-field-photos = { $count ->
        [0] Fotografii: niciuna
        [one] Fotografii: 1
        [few] Fotografii: { $count }
       *[other] Fotografii: { $count }
    }
report-field-contact = Contact: { $value }
report-contact-anonymous = răspuns doar în această conversație (polițiștii văd „{ $pseudonym }”)

button-use-photo-location = 📍 Da, folosiți-l
button-ignore-photo-location = Nu
report-photo-location = Fotografia dumneavoastră conține locul în care a fost făcută: { $place }. Îl folosim ca loc al incidentului? Va fi folosit doar dacă spuneți da.
report-location-saved = 📍 Locație salvată: { $place }.
report-location-invalid = Această locație nu poate fi citită. Vă rugăm să o trimiteți din nou sau să scrieți o adresă.
report-location-outside = Această locație se află în afara zonei { $zone }. Vă rugăm să semnalați incidentul poliției din acel loc sau să trimiteți ori să scrieți o altă locație.
report-text-added = Textul dumneavoastră a fost adăugat la descriere.
report-description-full = Descrierea dumneavoastră a atins lungimea maximă; restul acestui mesaj nu a fost adăugat. Puteți adăuga detalii mai târziu, când vă răspunde un polițist.
report-use-buttons = Vă rugăm să alegeți una dintre opțiunile de mai jos sau să anulați sesizarea.
report-photo-too-early = Vă rugăm să alegeți mai întâi o categorie și să răspundeți la întrebarea despre pericol; apoi trimiteți fotografiile.
report-too-many-photos = Numărul maxim de fotografii dintr-o sesizare este { $max }. Această fotografie nu a fost adăugată; celelalte se păstrează.
report-photo-added = 📷 Fotografia { $n } din { $max } a fost adăugată.
report-unsupported = Nu pot folosi acest lucru într-o sesizare. Vă rugăm să trimiteți text, fotografii sau o locație; ce ați completat până acum se păstrează.
report-empty-text = Mesajul era gol. Ce ați completat până acum se păstrează.

report-sent =
    ✅ Vă mulțumim. Sesizarea dumneavoastră a fost trimisă polițiștilor de proximitate cu numărul de referință { $reference }.
    Ce urmează: un polițist o citește, vă poate pune întrebări aici și vă spune ce s-a făcut. Veți primi noutățile în această conversație; cu /myreports vedeți stadiul sesizărilor.
report-expired =
    ⌛ Sesizarea dumneavoastră neterminată ({ $category }) a fost ștearsă, pentru că timp de { $minutes } min. nu s-a adăugat nimic. Puteți începe oricând una nouă.

myreports-title = 📂 Sesizările și întrebările dumneavoastră:
myreports-none = Nu ați trimis încă nicio sesizare sau întrebare.
myreports-question = Întrebare
myreports-line = • { $reference } · { $what } · { $date } · { $status }
status-open = așteaptă un polițist
status-claimed = un polițist se ocupă de ea
status-waiting = un polițist v-a răspuns
status-closed = închisă

report-closed =
    ✅ Sesizarea dumneavoastră { $reference } a fost închisă de polițiștii de proximitate. Vă mulțumim că ne-ați anunțat. Pentru a semnala altceva, folosiți /report.
report-closed-resolution =
    ✅ Sesizarea dumneavoastră { $reference } a fost închisă de polițiștii de proximitate:
    { $resolution }
    Vă mulțumim că ne-ați anunțat. Pentru a semnala altceva, folosiți /report.

ticket-claimed = 👮 Un polițist de proximitate se ocupă acum de { $reference }. Veți primi răspunsul aici.

## Polițiști (limba implicită a zonei).

card-report =
    🗂️ { $reference } · sesizare nouă: { $category }
    De la: { $pseudonym } · prin { $channel } · limba: { $language } · zona: { $area }

    { $fields }

    Fotografiile urmează în acest fir. Răspundeți în acest fir pentru a-i răspunde locuitorului; !claim pentru a prelua sesizarea.
thread-report-photo = Fotografia { $n } din { $total } ({ $reference })
