## Drepturile locuitorilor asupra datelor: vizualizarea și ștergerea a ceea ce păstrează koban.

cmd-mydata = Vedeți ce păstrează koban despre dumneavoastră
cmd-erase = Ștergeți tot ce păstrează koban despre dumneavoastră

privacy-rights = Sau alegeți mai jos: vedeți datele dumneavoastră sau ștergeți-le.
button-mydata = 📄 Datele mele
button-erase-ask = 🗑️ Ștergeți datele mele
button-erase = 🗑️ Da, ștergeți tot
button-keep = Nu, păstrați-le

erase-confirm =
    🗑️ Astfel se șterge tot ce păstrează koban despre dumneavoastră: sesizările și întrebările dumneavoastră, răspunsurile polițiștilor, fotografiile, sesizarea începută și setările dumneavoastră. După aceea, polițiștii nu vor mai putea urmări sesizările dumneavoastră. Această acțiune nu poate fi anulată.
    Doriți să ștergeți tot?
erase-done = ✅ Tot ce păstra koban despre dumneavoastră a fost șters. Dacă ne scrieți din nou, veți începe de la zero.

export-title = 📄 Ce păstrează koban despre dumneavoastră ({ $pseudonym }):
export-profile = Limba: { $language } · Zona: { $area } · Primul contact: { $since } · Prin: { $channel }
export-none = Nicio sesizare sau întrebare.
export-draft = O sesizare începută (fotografii: { $photos }).
export-line-you = { $time } · Dumneavoastră: { $text }
export-line-officer = { $time } · Polițist: { $text }
export-end = Asta este tot. Notele interne ale polițiștilor nu sunt afișate. /erase (pe Matrix: !erase) șterge totul.

notice-erased = 🗑️ La cererea locuitorului { $pseudonym }, { $user } a șters toate datele acestuia. koban își elimină copiile (fișe, mesaje, fotografii) din camere.
